// The page's own words in English and Arabic; the data carries its own `{ar, en}` texts.
import type { EventType, Schemas, Text } from "./api";

export type Lang = "en" | "ar";

const WORDS = {
  title: { en: "Tahaluf explorer", ar: "مستكشف تحالف" },
  subtitle: {
    en: "Counter-terrorism coalitions, their members and timeline: every fact with its quote.",
    ar: "تحالفات مكافحة الإرهاب وأعضاؤها وخطها الزمني: لكل معلومة اقتباسها.",
  },
  switchLang: { en: "العربية", ar: "English" },
  switchLangLabel: { en: "Switch to Arabic", ar: "التبديل إلى الإنجليزية" },
  search: { en: "Search", ar: "بحث" },
  searchLabel: { en: "Search in Arabic or English", ar: "ابحث بالعربية أو الإنجليزية" },
  results: { en: "Search results", ar: "نتائج البحث" },
  noResults: { en: "Nothing found.", ar: "لا توجد نتائج." },
  map: { en: "Members on the map", ar: "الأعضاء على الخريطة" },
  mapLabel: {
    en: "World map of the coalitions' members",
    ar: "خريطة العالم لأعضاء التحالفين",
  },
  imctc: { en: "IMCTC only", ar: "التحالف الإسلامي فقط" },
  gc: { en: "Global Coalition only", ar: "التحالف الدولي فقط" },
  both: { en: "Both coalitions", ar: "التحالفان كلاهما" },
  capital: { en: "Capital", ar: "عاصمة" },
  headquarters: { en: "Headquarters", ar: "المقر" },
  organizations: { en: "Organizations", ar: "المنظمات" },
  timeline: { en: "Timeline", ar: "الخط الزمني" },
  coalition: { en: "Coalition", ar: "التحالف" },
  type: { en: "Type", ar: "النوع" },
  all: { en: "All", ar: "الكل" },
  undated: { en: "Undated events", ar: "أحداث غير مؤرخة" },
  or: { en: "or", ar: "أو" },
  comma: { en: ", ", ar: "، " },
  previous: { en: "Previous", ar: "السابق" },
  next: { en: "Next", ar: "التالي" },
  pageOf: { en: "{from}–{to} of {total}", ar: "{from}–{to} من {total}" },
  close: { en: "Close", ar: "إغلاق" },
  card: { en: "Details", ar: "التفاصيل" },
  cardHint: {
    en: "Choose a member on the map, an event or a search result to see its facts and their quotes.",
    ar: "اختر عضوًا على الخريطة أو حدثًا أو نتيجة بحث لترى معلوماته واقتباساتها.",
  },
  sources: { en: "Sources", ar: "المصادر" },
  notes: { en: "Notes", ar: "ملاحظات" },
  memberships: { en: "Memberships", ar: "العضويات" },
  roles: { en: "Roles", ar: "الأدوار" },
  workingGroups: { en: "Working groups", ar: "مجموعات العمل" },
  participants: { en: "Participants", ar: "المشاركون" },
  people: { en: "People", ar: "الأشخاص" },
  events: { en: "Events", ar: "الأحداث" },
  chairs: { en: "Chairs", ar: "الرئاسة" },
  leaders: { en: "Leaders", ar: "القادة" },
  date: { en: "Date", ar: "التاريخ" },
  place: { en: "Place", ar: "المكان" },
  founded: { en: "Founded", ar: "التأسيس" },
  established: { en: "Established", ar: "التأسيس" },
  members: { en: "Members", ar: "الأعضاء" },
  region: { en: "Region", ar: "المنطقة" },
  uncertain: { en: "uncertain date: every reading is shown", ar: "تاريخ غير مؤكد: تُعرض كل القراءات" },
  document: { en: "Document", ar: "الوثيقة" },
  publisher: { en: "Publisher", ar: "الناشر" },
  data: { en: "Data of this view", ar: "بيانات هذا العرض" },
  mapData: { en: "Members", ar: "الأعضاء" },
  timelineData: { en: "Timeline", ar: "الخط الزمني" },
  cardData: { en: "This card", ar: "هذه البطاقة" },
  loading: { en: "Loading…", ar: "جارٍ التحميل…" },
  failed: { en: "Could not load: ", ar: "تعذر التحميل: " },
  membersHere: { en: "{n} members here", ar: "{n} أعضاء هنا" },
  membersOf: { en: "{n} members", ar: "{n} أعضاء" },
  permalink: { en: "Permalink to this view", ar: "رابط دائم لهذا العرض" },
} satisfies Record<string, Record<Lang, string>>;

export type Word = keyof typeof WORDS;

/** Every event type of the contract, named: a type the API adds fails tsc until named here. */
export const EVENT_TYPES: Record<EventType, Text> = {
  announcement: { en: "Announcement", ar: "إعلان" },
  meeting: { en: "Meeting", ar: "اجتماع" },
  "ministerial-meeting": { en: "Ministerial meeting", ar: "اجتماع وزاري" },
  decision: { en: "Decision", ar: "قرار" },
  operation: { en: "Operation", ar: "عملية" },
  activity: { en: "Activity", ar: "نشاط" },
  partnership: { en: "Partnership", ar: "شراكة" },
  reaction: { en: "Reaction", ar: "رد فعل" },
  membership: { en: "Membership", ar: "عضوية" },
  resolution: { en: "Resolution", ar: "قرار أممي" },
  establishment: { en: "Establishment", ar: "إنشاء" },
  statement: { en: "Statement", ar: "بيان" },
};

/** The contract's membership roles and member types, named. */
export const ROLES: Record<Schemas["Role"], Text> = {
  member: { en: "member", ar: "عضو" },
  "small-group": { en: "Small Group", ar: "المجموعة المصغرة" },
  "meeting-host": { en: "meeting host", ar: "مستضيف اجتماع" },
  initiator: { en: "initiator", ar: "صاحب المبادرة" },
  "headquarters-host": { en: "headquarters host", ar: "دولة المقر" },
  "working-group-chair": { en: "working group chair", ar: "رئاسة مجموعة عمل" },
};

export const MEMBER_TYPES: Record<Schemas["MemberType"], Text> = {
  country: { en: "country", ar: "دولة" },
  organization: { en: "organization", ar: "منظمة" },
};

let current: Lang = "en";

export function lang(): Lang {
  return current;
}

/** Switch the document's language and direction; CSS mirrors the layout from `dir`. */
export function setLang(value: Lang): void {
  current = value;
  document.documentElement.lang = value;
  document.documentElement.dir = value === "ar" ? "rtl" : "ltr";
}

export function t(word: Word, values: Record<string, string | number> = {}): string {
  let text: string = WORDS[word][current];
  for (const [key, value] of Object.entries(values)) text = text.replace(`{${key}}`, String(value));
  return text;
}

/** A record's text in the current language (falling back to the other). */
export function tr(text: Text | null | undefined): string {
  if (!text) return "";
  return (current === "ar" ? text.ar : text.en) || text.en || text.ar;
}
