// Demo data for development and tests: two companies with their e-mail domains, devices in the
// registry, topics, and a few content items in three languages.
export const DEMO_PASSWORD = {
  admin: "demo-admin-password",
  support: "demo-support-password",
  customer: "demo-customer-password",
};

// Development only: production instances warn loudly at start when any of these exists
// (lib/ops/demo-accounts.ts), and `npm run db:seed` refuses to run with APP_ENV=production.
export const demoAccounts = [
  {
    role: "ADMIN",
    username: "admin",
    email: "admin@example.com",
    password: DEMO_PASSWORD.admin,
    first: "Ada",
    last: "Admin",
  },
  {
    role: "SUPPORT",
    username: "support",
    email: "support@example.com",
    password: DEMO_PASSWORD.support,
    first: "Sam",
    last: "Support",
  },
  {
    role: "CUSTOMER",
    username: "customer",
    email: "customer@northwind.example",
    password: DEMO_PASSWORD.customer,
    first: "Chris",
    last: "Customer",
  },
] as const;

export const demoCompanies = [
  { name: "Northwind Energy", domains: ["northwind.example", "northwind-energy.example"] },
  { name: "Contoso Grid", domains: ["contoso-grid.example"] },
];

export const demoProducts = [
  { slug: "relay-tester", name: "RT 200 Relay Tester", topic: "protection-testing" },
  { slug: "transformer-analyzer", name: "TA 50 Transformer Analyzer", topic: "transformer-testing" },
  { slug: "cable-locator", name: "CL 10 Cable Fault Locator", topic: "cable-testing" },
];

export const demoDevices = [
  { serial: "NW100A", product: "relay-tester", company: "Northwind Energy" },
  { serial: "NW101B", product: "transformer-analyzer", company: "Northwind Energy" },
  { serial: "NW102C", product: "cable-locator", company: "Northwind Energy" },
  { serial: "CG200A", product: "relay-tester", company: "Contoso Grid" },
  { serial: "CG201B", product: "transformer-analyzer", company: "Contoso Grid" },
  { serial: "XX900Z", product: "cable-locator", company: null },
];

export const demoTopics = [
  {
    slug: "protection-testing",
    kind: "PRODUCT",
    en: "Protection testing",
    de: "Schutzprüfung",
    es: "Pruebas de protección",
  },
  {
    slug: "transformer-testing",
    kind: "PRODUCT",
    en: "Transformer testing",
    de: "Transformatorprüfung",
    es: "Pruebas de transformadores",
  },
  {
    slug: "cable-testing",
    kind: "PRODUCT",
    en: "Cable testing",
    de: "Kabelprüfung",
    es: "Pruebas de cables",
  },
  {
    slug: "substation-automation",
    kind: "TOPIC",
    en: "Substation automation",
    de: "Stationsautomatisierung",
    es: "Automatización de subestaciones",
  },
  {
    slug: "asset-management",
    kind: "TOPIC",
    en: "Asset management",
    de: "Asset-Management",
    es: "Gestión de activos",
  },
  {
    slug: "power-quality",
    kind: "TOPIC",
    en: "Power quality",
    de: "Netzqualität",
    es: "Calidad de la energía",
  },
] as const;

type Text = { title: string; summary: string };
type DemoContent = {
  kind: "EVENT" | "TRAINING" | "VIDEO" | "ARTICLE" | "SOFTWARE_UPDATE" | "DOCUMENT";
  topic?: string;
  product?: string;
  exclusive?: boolean;
  country?: string;
  city?: string;
  startsInDays?: number;
  text: { en: Text; de?: Text; es?: Text };
};

export const demoContent: DemoContent[] = [
  {
    kind: "EVENT",
    topic: "protection-testing",
    country: "DE",
    city: "Stuttgart",
    startsInDays: 30,
    text: {
      en: {
        title: "Protection Testing Days",
        summary: "Two days of talks and hands-on sessions on modern protection testing.",
      },
      de: {
        title: "Schutzprüftage",
        summary: "Zwei Tage Vorträge und Praxis rund um moderne Schutzprüfung.",
      },
      es: {
        title: "Jornadas de pruebas de protección",
        summary: "Dos días de charlas y sesiones prácticas sobre pruebas de protección.",
      },
    },
  },
  {
    kind: "TRAINING",
    topic: "transformer-testing",
    country: "ES",
    city: "Madrid",
    startsInDays: 45,
    text: {
      en: {
        title: "Transformer diagnostics training",
        summary: "A three-day course on transformer diagnostics in the field.",
      },
      de: {
        title: "Training Transformatordiagnose",
        summary: "Ein dreitägiger Kurs zur Transformatordiagnose im Feld.",
      },
      es: {
        title: "Formación en diagnóstico de transformadores",
        summary: "Curso de tres días sobre diagnóstico de transformadores en campo.",
      },
    },
  },
  {
    kind: "VIDEO",
    topic: "cable-testing",
    text: {
      en: {
        title: "Locating cable faults in five minutes",
        summary: "A short video walk-through of fault pre-location.",
      },
      de: { title: "Kabelfehler in fünf Minuten orten", summary: "Ein kurzes Video zur Fehlervorortung." },
    },
  },
  {
    kind: "ARTICLE",
    topic: "substation-automation",
    text: {
      en: {
        title: "Testing IEC 61850 substations",
        summary: "What changes when protection moves onto the process bus.",
      },
      es: {
        title: "Pruebas en subestaciones IEC 61850",
        summary: "Qué cambia cuando la protección pasa al bus de proceso.",
      },
    },
  },
  {
    kind: "SOFTWARE_UPDATE",
    product: "relay-tester",
    exclusive: true,
    text: {
      en: { title: "RT 200 firmware 4.2", summary: "New test templates and faster report generation." },
      de: { title: "RT 200 Firmware 4.2", summary: "Neue Prüfvorlagen und schnellere Berichterstellung." },
      es: {
        title: "Firmware 4.2 del RT 200",
        summary: "Nuevas plantillas de prueba y generación de informes más rápida.",
      },
    },
  },
  {
    kind: "EVENT",
    topic: "power-quality",
    country: "ES",
    city: "Bilbao",
    startsInDays: 60,
    text: {
      en: {
        title: "Power quality forum",
        summary: "Measuring, analysing and improving power quality in grids.",
      },
      de: { title: "Forum Netzqualität", summary: "Netzqualität messen, analysieren und verbessern." },
      es: {
        title: "Foro de calidad de la energía",
        summary: "Medir, analizar y mejorar la calidad de la energía en la red.",
      },
    },
  },
  {
    kind: "TRAINING",
    topic: "cable-testing",
    country: "DE",
    city: "München",
    startsInDays: 75,
    text: {
      en: { title: "Cable fault location workshop", summary: "One day of practice on real cable faults." },
      de: { title: "Workshop Kabelfehlerortung", summary: "Ein Tag Praxis an echten Kabelfehlern." },
      es: {
        title: "Taller de localización de fallos en cables",
        summary: "Un día de práctica con fallos reales.",
      },
    },
  },
  {
    kind: "SOFTWARE_UPDATE",
    product: "transformer-analyzer",
    exclusive: true,
    text: {
      en: { title: "TA 50 software 2.8", summary: "Dielectric response analysis and a new report layout." },
      de: {
        title: "TA 50 Software 2.8",
        summary: "Analyse der dielektrischen Antwort und ein neues Berichtslayout.",
      },
      es: {
        title: "Software 2.8 del TA 50",
        summary: "Análisis de respuesta dieléctrica y un nuevo formato de informe.",
      },
    },
  },
  {
    kind: "DOCUMENT",
    topic: "asset-management",
    exclusive: true,
    text: {
      en: {
        title: "Application note: condition-based maintenance",
        summary: "From test results to maintenance decisions.",
      },
      de: {
        title: "Applikationsbericht: zustandsorientierte Wartung",
        summary: "Von Prüfergebnissen zu Wartungsentscheidungen.",
      },
    },
  },
];
