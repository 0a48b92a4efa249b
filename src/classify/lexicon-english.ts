/**
 * The usual English ways of saying each type, for answers typed in English. Pattern syntax: see lexicon.ts.
 *
 * Words that `classify.ts` borrows into Russian ("ads", "month", "rent", "sell", "subscription", "licence") reach
 * these patterns as the Russian words they stand for, so they are written so here ("месяц", not "month").
 */
import type { LexiconGroup } from './lexicon.ts';

/** People of ours who serve, by their trade. */
const STAFF = [
  'manager', 'planner', 'agent', 'consultant', 'advisor', 'adviser', 'coach', 'trainer', 'designer', 'stylist', 'lawyer', 'accountant', 'engineer',
  'rep', 'representative', 'concierge', 'tutor', 'mentor', 'specialist', 'expert', 'technician', 'banker', 'shopper', 'assistant', 'contact',
  'audiologist', 'pharmacist', 'doctor', 'nurse', 'therapist', 'teacher', 'instructor', 'guide', 'coordinator', 'producer', 'curator',
].join('|');
/** Those we serve. */
const CUSTOMERS = [
  'customer', 'client', 'user', 'member', 'player', 'guest', 'visitor', 'buyer', 'reader', 'listener', 'viewer', 'fan', 'backer', 'student',
  'couple', 'parent', 'patient', 'resident', 'people', 'subscriber', 'shopper', 'owner', 'community',
].join('|');
/** What a usage fee is counted in: "per GPU-hour", "for each wedding we plan". */
const USE_UNIT = [
  '=hour', 'hourly', 'minute', 'kilometre', 'kilometer', '=km', '=mile', 'gpu', 'message', '=sms', '=text', 'session', 'visit', 'ride', '=trip',
  '=use', 'usage', 'wash', 'print', '=page', '=call', '=api', 'request', '=class', 'lesson', '=game', 'night', '=load', '=wedding', '=event',
  '=job', 'delivery', 'shipment', 'parcel', '=scan', '=check', 'consultation', 'appointment', 'treatment', 'haircut', '=entry', '=jump', '=flight',
  'gigabyte', '=gb', 'render', 'credit', '=word', '=photo', '=shoot', 'walk',
].join('|');

export const ENGLISH_RELATIONSHIP_LEXICON: readonly LexiconGroup[] = [
  {
    type: 'personal_assistance',
    patterns: [
      'front desk', 'reception', 'receptionist', 'customer service', 'customer care', 'help desk', 'helpdesk', 'call centre|center',
      'поддержка team|line|staff|agent|agents|chat|email', 'whoever ~4 shift|desk|free|available|around|there|answers|picks',
      'on shift', 'in person', 'face to face', 'our staff|team|people|barista|baristas|cashier|cashiers|sales ~2 help|answer|explain|advise|assist|recommend',
      'answer|answers|reply|replies ~2 dms|dm|messages|comments|direct',
      'someone|somebody ~2 replies|answers|responds|helps|calls', 'answer|answers|reply|replies ~2 their|your ~1 emails|questions|calls|messages',
      'by phone|email', 'call|phone|email|message|text|dm ~1 us|me', 'live chat', 'sales assistant', 'shop assistant',
      `one of our ${STAFF}`, 'consultation',
    ],
  },
  {
    type: 'dedicated_assistance',
    patterns: [
      `their|his|her ~1 own ${STAFF}`, `dedicated|named|assigned|personal|designated|own ~1 ${STAFF}|account`, 'same person',
      'one|single point of contact', 'account manager', 'stays with them|him|her', `${STAFF} ~3 assigned to|for each|every`,
      `every|each ~1 ${CUSTOMERS}|account|family|company ~2 gets|has ~3 own|dedicated|personal|named|assigned`,
      'from the ~2 first ~3 to|until|through', 'throughout', 'knows every detail|their history|them by name',
    ],
  },
  {
    type: 'self_service',
    patterns: [
      'self service', 'self checkout', 'self check', 'knowledge base', 'help centre|center', 'on their own', 'by themselves', 'for themselves',
      'kiosk', 'vending', 'tutorial', 'step by step', 'how to guides|videos|articles', 'documentation', '=docs', 'user manual', 'instructions',
      'do it yourself', 'unstaffed', 'book|order|check in ~1 online', 'faq', 'coin operated|machines',
    ],
  },
  // "no staff", "nobody on site": the pattern is its own negation.
  { type: 'self_service', negative: true, patterns: ['no staff|staffing|attendant|attendants', 'without staff', 'nobody on site'] },
  {
    type: 'automated_service',
    patterns: [
      'automatic', 'automated', 'automation', '=chatbot', '=bot', 'reminder', 'remind', 'notif', 'alert', 'recommendations',
      'приложение|system|platform|website|site|algorithm ~2 recommend', 'based on what',
      'personalis', 'personaliz', 'tailored', 'suggests', 'algorithm', 'dashboard',
      'приложение|system|platform|website|site ~2 knows|remembers|tracks|suggests|picks|sends', 'based on ~4 history|mileage|purchases|usage|level|preferences',
      'stored in their account', 'their account', 'app knows',
    ],
  },
  {
    type: 'community',
    patterns: [
      'community', 'forum', 'each other', 'one another', 'moderator', 'moderat', 'hang out', 'meetup', 'meet ups', 'networking',
      'swap|share|trade ~2 tips|contacts|advice|ideas|experiences|stories|recipes|beta', 'fan club', 'group chat', 'members ~3 meet|chat|talk',
      'facebook|telegram|whatsapp group', 'book club', `club where ~4 meet|discuss|talk|share`, `${CUSTOMERS}|readers ~3 meet and|to discuss`,
    ],
  },
  // A chat tool may be our own office's; it names a community beside members who talk there.
  { type: 'community', weight: 0.5, patterns: ['discord', 'slack'] },
  {
    type: 'co_creation',
    patterns: [
      'vote|votes|voting|voted', 'playtest', 'beta test', 'beta testers', 'crowdsourc', 'co create', 'co design', 'cocreat', 'user generated',
      `designed|created|made|written|suggested|invented|chosen|picked|submitted by ~2 our ~1 ${CUSTOMERS}|backers`,
      `${CUSTOMERS} ~3 design|create|build|submit|write|suggest|propose ~3 their own|maps|levels|recipes|designs|content|ideas|features|flavours|flavors`,
      'based on their ~1 ideas|suggestions|designs|feedback|wishes', 'their ideas|suggestions', 'feature requests',
      'write|leave|post ~3 reviews', 'designed|created|made ~1 together', 'together with the ~1 client|customer|couple|guest',
    ],
  },
  {
    type: 'subscription_membership',
    patterns: [
      'membership', 'members ~2 pay', 'подписка', 'subscribe', 'season pass|ticket', 'monthly|annual|yearly ~1 fee|plan|pass|dues|pass',
      'pay|paid|paying|pays ~3 ежемесячно|ежегодно|месяц|year|week|season|upfront|ahead|advance', 'unlimited access', 'valid while',
      '#num|#amount|валюта ~2 a|per|each|every ~1 месяц|year|week', 'per ~1 месяц|year',
    ],
  },
  {
    type: 'training',
    patterns: [
      'training', 'workshop', 'webinar', 'onboarding', 'masterclass', 'master class', 'we teach', 'teach them|customers|clients|users|owners',
      '"courses', 'course ~1 on|for|in', 'lesson', 'classes on|in|for', 'how to use', 'intro|introductory|beginner|beginners ~1 class|session',
    ],
  },
  {
    type: 'free_use',
    patterns: ['бесплатно to|plan|tier|version|trial|download|use|day|first|pass|account', 'for бесплатно', 'at no cost', 'on us', 'on the house'],
  },
  // "a free consultation before buying", "free delivery": a free step of a paid service, not free use of what we sell.
  { type: null, patterns: ['бесплатно consultation|delivery|shipping|parking|wifi|refills|coffee', 'of course'] },
];

export const ENGLISH_REVENUE_LEXICON: readonly LexiconGroup[] = [
  {
    type: 'asset_sale',
    suppressedBy: ['brokerage', 'licensing'],
    patterns: ['buy|buys|bought|purchase|purchases|purchased', 'in game ~1 purchases|currency|items|gems|coins', 'buy|buys in game'],
  },
  {
    type: 'asset_sale',
    patterns: ['sold', 'wholesale', 'merch', 'in app purchases'],
  },
  {
    type: 'usage_fee',
    patterns: [
      `pay|pays|paid|charge|charges|charged|bill|billed|fee ~2 per|each ~1 ${USE_UNIT}`, `per ~1 ${USE_UNIT}`, `by the|for ~1 each|every ~1 ${USE_UNIT}`,
      'pay as you go', 'for what they ~1 actually ~1 use|used', 'entry|admission fee|ticket',
      'flat|fixed fee|price|rate ~3 for each|per|every', 'charge|charges|charged|bill|bills|billed ~1 per', 'price|prices|fee|fees|rate|rates ~1 per',
      'paid ~2 workshops|classes|lessons|sessions|tours|courses', 'charge|charges|charged|bill|bills|billed ~1 by the',
    ],
  },
  {
    type: 'subscription',
    suppressedBy: ['usage_fee'],
    suppressedNearby: true,
    patterns: [
      'pay|pays|paying|billed|charged|charge ~4 a|per|each|every ~1 месяц|year|week|quarter', 'ежемесячно|ежегодно ~1 plan|fee|billing',
      '#num|#amount|валюта ~2 a|per ~1 месяц|year|seat|user|week',
    ],
  },
  { type: 'subscription', patterns: ['membership', 'подписка', 'премиум ~1 edition|plan|tier', 'per seat'] },
  // "businesses buying ads": buying reach from us is advertising, not goods.
  { type: 'advertising', patterns: ['buy|buying|buys|bought ~2 реклама|спонсор|placement|featured|listings'] },
  {
    type: 'rent_lease',
    patterns: ['rents|renting|rented|аренда ~3 by the|per|out', 'hire out|hires out', 'for hire', 'we lend|loan', 'remains|stays ours', 'give it back'],
  },
  {
    type: 'licensing',
    patterns: [
      'licensing', 'licensed', 'лицензия ~3 our|to use', 'роялти', 'franchise', 'patent', 'right to use', 'rights to',
      'use our ~2 brand|patent|technology|method|photos|music|tracks|fonts|software|recipes|designs|logo',
    ],
  },
  // "We hold a liquor licence": a licence of our own, not one we sell.
  { type: null, patterns: ['hold|have|got|need|renew ~2 лицензия', 'apply for ~2 лицензия', 'лицензия ~2 to sell|serve'] },
  // Paid once, per seat or per user: a one-off price counted by seats, no subscription ("pays $1,200 once per seat").
  { type: null, patterns: ['валюта|#num|#amount ~1 once|one-off ~1 per seat|user|licence|лицензия', 'once|one-off ~1 per seat|user|licence|лицензия'] },
  {
    type: 'brokerage',
    patterns: [
      'комиссия', 'a cut', 'our cut', '% cut', 'take|takes|taking|keep|keeps ~3 cut', 'referral fee|commission', 'placement fee', 'finder', 'affiliate', 'booking fee', 'agency fee', 'transaction fee',
      'per transaction', 'through us', 'through our ~1 links|platform|site|app', 'each transaction|booking|sale|deal',
      'take|takes|taking|keep|keeps ~3 from|of ~1 every|each ~1 booking|sale|order|deal|transaction|job|gig|ride',
    ],
  },
  {
    type: 'advertising',
    patterns: [
      'реклама', 'спонсор', 'sponsored', 'advertisers', 'featured', 'promoted', 'boosted', 'rewarded video', 'product placement', 'placement',
      'pay to be|have ~3 featured|listed|top|promoted|shown',
      // "sellers pay to get bumped to the top of search": a paid lift in what we list.
      'bump|bumped|boost|lift|pushed ~3 "top|first ~2 of ~1 search|feed|results|listings|category',
    ],
  },
];
