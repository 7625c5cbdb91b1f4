// What our Credentials authorize() hands to the jwt callback, and what the session carries.
import "@auth/core/types";

declare module "@auth/core/types" {
  interface User {
    sid?: string;
    sv?: number;
    remember?: boolean;
    absExp?: number;
  }
  interface Session {
    sid?: string;
  }
}
