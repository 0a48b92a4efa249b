/**
 * Matching vocabulary (not user-facing text): word starts in a canvas's name or segments that tell
 * what kind of business it is, to show the example closest to it. The examples live in
 * locales/<lang>/blocks.json (`example` a product, `example_service`, `example_platform`).
 */
export type BusinessKind = 'product' | 'service' | 'platform';

export const KIND_WORDS: Record<Exclude<BusinessKind, 'product'>, readonly string[]> = {
  platform: [
    'платформ', 'маркетплейс', 'агрегатор', 'приложени', 'сервис для', 'онлайн-сервис', 'саас', 'saas', 'app',
    'platform', 'marketplace', 'software', 'подписк на сервис', 'биржа', 'каталог', 'доска объявлений', 'бот',
  ],
  service: [
    'салон', 'барбер', 'парикмахер', 'студи', 'школ', 'курс', 'репетитор', 'клиник', 'стоматолог', 'фитнес', 'йог',
    'массаж', 'ремонт', 'автосервис', 'автомойк', 'консалт', 'агентств', 'юрист', 'бухгалтер', 'клининг', 'уборк',
    'доставк', 'туры', 'турагент', 'фотограф', 'дизайн', 'услуг', 'тренер', 'psycholog', 'психолог', 'service',
    'salon', 'school', 'studio', 'clinic', 'repair', 'agency', 'consult', 'cleaning', 'coach',
  ],
};
