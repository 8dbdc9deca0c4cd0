# Granty's words in Ukrainian. One file per language; every message id exists in all four with the same variables (tested).

## Pages: the interface's words, asked for as {{ t.<id> }} in templates and texts::text in Rust.

skip_to_content = Перейти до змісту
language = Мова
log_in = Увійти
log_out = Вийти
login_title = Вхід до Granty
tenant = Громада (ідентифікатор)
tenant_hint = Наприклад: demo
email = Електронна пошта
password = Пароль
login_failed = Не вдалося увійти: перевірте громаду, електронну пошту та пароль.
form_expired = Термін дії форми минув. Спробуйте ще раз.
there_is_a_problem = Виникла проблема
notifications_title = Сповіщення електронною поштою
notifications_intro = Надіслані повідомлення та ті, що в черзі. Для невдалих показано причину.
filter_all = Усі
status_queued = у черзі
status_sending = надсилається
status_sent = надіслано
status_retrying = повторюється
status_failed = не вдалося
col_created = Створено
col_kind = Вид
col_recipient = Одержувач
col_status = Стан
col_attempts = Спроби
col_sent = Надіслано
col_error = Причина помилки
no_notifications = Повідомлень немає.
kind_application_submitted = підтвердження подання
kind_correction_requested = вимога виправити
kind_formally_accepted = формально прийнято
kind_formally_rejected = формально відхилено
kind_reminder_draft_deadline = нагадування про термін
kind_reminder_correction_due = нагадування про виправлення
signed_in = Ви увійшли
signed_in_as = Ви увійшли як
admin_only = Ця сторінка доступна адміністраторові громади.
calls_title = Конкурси проєктів
calls_open = Триває прийом
calls_upcoming = Заплановані
calls_closed = Завершені
no_calls = Конкурсів немає.
deadline = Кінцевий термін подання
opens = Початок прийому
budget = Обсяг коштів
state = Стан
time_left = До завершення залишилося
grant_range = Сума гранту на заявку
own_contribution = Необхідний власний внесок
financial = фінансовий
non_financial = нефінансовий
admin_cap = Ліміт адміністративних витрат
realisation = Термін реалізації
correction_days = Днів на виправлення формальних недоліків
description = Опис
criteria = Критерії оцінювання
criterion = Критерій
points = Бали
max_points = максимум балів
required_attachments = Обов'язкові додатки
none = Немає.
cancel_reason = Причина скасування
not_found = Сторінку не знайдено
not_found_text = Перевірте адресу або поверніться до списку конкурсів.
register_title = Створіть обліковий запис організації
register_intro = Обліковий запис дає змогу подавати заявки на конкурси цієї громади.
register_submit = Створити обліковий запис
have_account = Уже маєте обліковий запис? Увійдіть
display_name = Ім'я та прізвище
password_again = Повторіть пароль
password_hint = Щонайменше 10 символів.
email_taken = Ця адреса вже має обліковий запис: увійдіть або встановіть новий пароль.
check_inbox = Перевірте поштову скриньку
check_inbox_text = Ми надіслали посилання для підтвердження. Відкрийте його протягом 48 годин, щоб активувати обліковий запис.
email_confirmed = Адресу підтверджено
email_confirmed_text = Тепер ви можете увійти.
link_expired = Посилання недійсне
link_expired_text = Термін дії посилання минув або його вже використано. Попросіть нове.
email_not_confirmed = Спершу підтвердьте адресу: посилання ми надіслали на вашу скриньку.
reset_title = Забули пароль?
reset_intro = Вкажіть адресу облікового запису, і ми надішлемо посилання для нового пароля.
reset_submit = Надіслати посилання
reset_sent_text = Якщо ця адреса має обліковий запис у цій громаді, ми надіслали на неї посилання. Воно дійсне 2 години.
new_password_title = Встановіть новий пароль
new_password_intro = Після зміни ви знову ввійдете на всіх пристроях.
new_password_submit = Зберегти пароль
password_changed = Пароль змінено
go_to_login = Перейти до входу
forgot_password = Забули пароль?
create_account = Створити обліковий запис організації
dashboard_title = Мої заявки
my_organisations = Мої організації
no_organisation = У вас ще немає організації. Додайте її, щоб подавати заявки.
add_organisation = Додати організацію
edit_profile = Редагувати дані
my_applications = Заявки моїх організацій
no_applications = Заявок ще немає.
see_calls = Переглянути конкурси
offer = Заявка
call = Конкурс
next_step = Наступний крок
next_draft = Заповніть і подайте до
next_correction = Виправте недоліки до
next_wait = Заявка очікує на оцінку.
next_none = Нічого робити не потрібно.
next_late = Термін минув.
organisation_new = Нова організація
organisation_edit = Дані організації
legal_form = Організаційно-правова форма
org_name = Назва організації
krs = Номер KRS
krs_hint = Не стосується простих об'єднань і сільських жіночих гуртків.
nip = NIP (податковий номер)
regon = REGON (статистичний номер)
street = Вулиця і номер
postal_code = Поштовий індекс
city = Населений пункт
phone = Телефон
bank_account = Номер банківського рахунку (IBAN)
representative_name = Представник: ім'я та прізвище
representative_function = Представник: посада
save = Зберегти
saved_elsewhere = Хтось тим часом зберіг ці дані. Нижче ваші зміни; збережіть ще раз, щоб замінити їх.
clerk_calls_title = Конкурси громади
submissions = Подані заявки
sort_by = Сортувати за
apply_filter = Показати
receipt = Номер підтвердження
applicant = Заявник
requested_grant = Запитаний грант
sort_receipt = порядком подання
sort_grant = сумою гранту (за спаданням)
sort_applicant = назвою заявника
formal_check = Формальна перевірка
submitted_at = Подано
total_costs = Загальні витрати
correction_due = Термін виправлення
automatic_checks = Автоматична перевірка
no_problems = Заявка відповідає всім автоматично перевіреним умовам.
attachments = Додатки
earlier_checks = Попередні перевірки
decision = Рішення
outcome = Результат формальної перевірки
outcome_accepted = формально правильна
outcome_needs_correction = вимога виправити недоліки
outcome_rejected = відхилити з формальних причин
deficiencies = Недоліки для виправлення
deficiencies_hint = Кожен з нового рядка. Заявник отримає їх електронною поштою з терміном.
reason = Обґрунтування
save_decision = Зберегти рішення
choose_outcome = Виберіть результат формальної перевірки.
own_contribution_actual = Власний внесок
new_call = Новий конкурс
publish = Опублікувати
confirm_short_deadline = термін коротший за мінімум: підтверджую
published_notice = Конкурс опубліковано.
call_title = Назва конкурсу
task_area = Вид публічного завдання
min_grant = Мінімальний грант на заявку
max_grant = Максимальний грант на заявку
min_own_contribution = Необхідний власний внесок (%)
admin_cost_cap = Ліміт адміністративних витрат (%)
opens_at = Початок прийому (місцевий час)
deadline_local = Кінцевий термін (місцевий час)
realisation_start = Реалізація з
realisation_end = Реалізація до
required_attachments_hint = Кожен обов'язковий додаток з нового рядка.
amount_hint = Сума, наприклад 150000 або 150 000,00.
save_draft_call = Зберегти проєкт конкурсу
time_not_in_zone = Цього часу в цей день не існує (перехід на інший час). Виберіть інший.
editor_title = Заявка на виконання публічного завдання
before_submitting = Потрібно заповнити перед поданням
section_task = Опис завдання
section_schedule = Графік заходів
section_results = Очікувані результати
section_costs = Кошторис
section_sources = Джерела фінансування
section_declarations = Декларації
no = №
action_name = Назва заходу
from = З
until = До
performer = Хто виконує
result_name = Результат
planned_value = Цільове значення
monitoring = Спосіб моніторингу
costs_hint = Значення й суми обчислює система. Для витрат на заходи вкажіть номер заходу з графіка.
cost_kind = Вид
action_no = № заходу
cost_name = Вид витрат
unit = Одиниця
unit_cost = Вартість одиниці
quantity = Кількість
value = Вартість
cost_action = витрати на захід
cost_admin = адміністративні витрати
remuneration = Завдання буде виконуватися
unpaid = безоплатно
paid = платно
no_arrears = заборгованості немає
has_arrears = маємо заборгованість
tax_arrears = Податкова заборгованість
zus_arrears = Заборгованість зі соціальних внесків
decl_public_benefit_only = Завдання виконуємо лише в межах суспільно корисної діяльності.
decl_fees = Плату стягуємо лише в межах платної суспільно корисної діяльності.
decl_register = Дані організації відповідають KRS або іншому реєстру.
decl_true = Уся інформація в заявці правдива.
decl_gdpr = Особи, чиї дані ми надаємо, зробили необхідні заяви (GDPR).
review_and_submit = Перевірити й подати
review_title = Перевірка перед поданням
back_to_editor = Назад до редагування
cannot_submit_yet = Заявку ще не можна подати
ready_to_submit = Заявка повна. Після подання її не можна змінити (хіба що орган попросить виправити).
submit_offer = Подаю заявку
receipt_title = Заявку подано
digest = Відбиток змісту (SHA-256)
receipt_email = Підтвердження ми також надіслали електронною поштою.
offer_title = Назва публічного завдання
place = Місце виконання
target_group = Цільова група
summary = Короткий опис завдання
start_date = Початок
end_date = Завершення
own_financial = Власний фінансовий внесок
own_personal = Особистий внесок (зокрема волонтери)
own_in_kind = Матеріальний внесок
participant_fees = Внески учасників
other_public_funds = Кошти з інших публічних джерел
section_applicant = Заявник
applicant_from_profile = Дані взято з профілю організації. Змініть їх у профілі – заявка одразу покаже зміни.
address = Юридична адреса
representatives = Представники
contact_heading = Контактна особа щодо заявки
contact_hint = Вкажіть телефон або e-mail – достатньо одного.
contact_name = Ім'я та прізвище
contact_phone = Телефон
contact_email = Адреса e-mail
joint_offer = Спільна заявка – партнери
joint_offer_hint = Заповнюйте, лише якщо заявку подають кілька організацій разом. Партнери несуть солідарну відповідальність за виконання завдання.
partner = Партнер
new_partner = Додати партнера
partner_name = Назва партнера
partner_country = Країна реєстрації
registration_number = NIP або реєстраційний номер
registration_number_hint = Для польської організації – NIP; для іноземної – номер з її реєстру (напр. IČO, ЄДРПОУ).
partner_address = Юридична адреса партнера
partner_scope = Що партнер робить у завданні
cost_share = Частка партнера у витратах
representation = Як заявники представлені перед органом
representation_hint = Напр. хто підписує договір і звіти від імені всіх партнерів.
applicant_share = Частка заявника у витратах
partner_share = Частка партнера
costs_in_year = Витрати у році
year_values_hint = Завдання триває понад рік: для кожної витрати вкажіть, скільки припадає на кожен рік. Сума частин має дорівнювати вартості статті.
years_changed = Змінилися роки реалізації – збережіть заявку, щоб вказати значення за кожен рік.
value_in_year = Вартість у році
grant_part = З них з гранту
call_limits = Умови конкурсу
limit_grant = Грант від – до
limit_own_contribution = Необхідний власний внесок щонайменше
limit_own_financial = Необхідний фінансовий внесок щонайменше
limit_own_non_financial = Необхідний нефінансовий внесок щонайменше
limit_admin_costs = Адміністративні витрати щонайбільше
country_pl = Польща
country_cz = Чехія
country_sk = Словаччина
country_ua = Україна
country_de = Німеччина
country_lt = Литва
nip_taken = Організація з цим NIP уже має обліковий запис у Granty. Якщо ви до неї належите, попросіть особу, яка її зареєструвала, надіслати вам запрошення.
section_profile = Характеристика заявника
previous_activity = Попередня діяльність у сфері завдання
resources = Кадрові, матеріальні та фінансові ресурси для завдання
section_other = Інша інформація
other_information = Інше, що важливо для оцінювання (необов'язково)
offer_content = Зміст заявки
offer_version = версія
answer_yes = так
answer_no = ні
not_given = не вказано
call_documents = Документи конкурсу
call_documents_intro = Документи бачить кожен на сторінці оприлюдненого конкурсу: оголошення, додатки, відповіді на запитання.
document_title = Назва документа
document_title_hint = Напр. «Оголошення конкурсу» або «Відповіді на запитання від 5 грудня».
document_added_at = Додано
add_document = Додати документ
document_added = Документ додано.
document_removed = Документ видалено.
partner_reads_draft = Заявку готує й подає заявник; як партнер спільної заявки ви можете її читати.
as_partner = партнер спільної заявки
remove_member = Вилучити з організації
leave_organisation = Вийти з організації
member_removed = Особа більше не належить до організації.
correction_requested = Орган просить виправити недоліки. Термін:
correction_how = Виправте заявку нижче, потім оберіть «Перевірити й подати», щоб подати виправлену версію. Попередня версія залишається в органі.
formal_checklist = Формальні умови
formal_checklist_hint = Відповіді, які підказала автоматична перевірка, вже позначено – підтвердьте або змініть їх. Решту оцініть самостійно.
formal_on_time = Заявку подано вчасно
formal_eligible_applicant = Заявник є уповноваженим суб'єктом (ст. 3 п. 2–3 закону)
formal_statutory_activity = Завдання входить до статутної діяльності заявника
formal_complete_form = Усі обов'язкові частини форми заповнено
formal_required_attachments = Обов'язкові додатки додано
formal_authorised_signatures = Підтверджено особами, уповноваженими представляти заявника
formal_financial_conditions = Дотримано лімітів гранту, власного внеску та адміністративних витрат
answer_met = відповідає
answer_not_met = не відповідає
answer_not_applicable = не стосується
admin_costs = Адміністративні витрати
sources_total = Сума джерел
start_offer = Почати заявку
open_calls_for_you = Конкурси, що тривають
organisation = Організація
edit = Редагувати
saved = Збережено.
other_attachment = інший додаток
attachment_kind = Вид додатка
attachment_file = Файл
attachment_hint = PDF, JPG, PNG, DOCX або ODT, до 10 МБ.
add_attachment = Додати додаток
autosaved = Автоматично збережено:
autosave_offline = Немає з'єднання — зміни чекають у браузері, незабаром спробуємо знову.
autosave_stale = Хтось зберіг цю заявку в іншому вікні. Збережіть вручну, щоб побачити обидві версії.
remove = Видалити
row = рядок
cannot_submit = Заявку не можна подати
edit_call = Редагування конкурсу
criteria_hint = Законодавчі критерії (ст. 15 п. 1) завжди залишаються в конкурсі: встановіть їхні бали. Критерій 4 застосовується лише до підтримки завдання. Щоб додати власний критерій, заповніть порожній рядок; щоб вилучити доданий, очистьте всі поля його рядка.
criterion_name = Назва критерію
criterion_points = Максимальна кількість балів
criterion_basis = Правова підстава
criteria_total = Усього балів
formal_check_days = Днів на формальну перевірку (від кінцевого терміну подання)
call_changed_elsewhere = Хтось інший тим часом змінив цей конкурс. Нижче ваші зміни; перевірте їх і збережіть ще раз, щоб замінити їхні зміни.
call_not_editable_title = Цей конкурс більше не можна редагувати
call_not_editable = Редагувати можна лише проєкт конкурсу до його оприлюднення. Етап цього конкурсу:
members_title = Люди в організації
members_link = Люди та запрошення
members_intro = Ці люди можуть готувати й подавати заявки організації.
member_since = З якого часу
pending_invitations = Запрошення, що очікують
no_pending_invitations = Немає запрошень, що очікують.
invited_by = Запрошує
valid_until = Дійсне до
revoke_invitation = Скасувати запрошення
invite_title = Запросити особу
invite_intro = Ми надішлемо лист із посиланням, дійсним 7 днів. Після прийняття запрошення ця особа бачитиме заявки організації й зможе над ними працювати.
invite_name_hint = Необов’язково: підкаже ім’я під час створення облікового запису.
invite_submit = Надіслати запрошення
invitation_sent = Запрошення надіслано.
invitation_cancelled = Запрошення скасовано: посилання більше не працює.
invitation_title = Запрошення до організації
invitation_from = запрошує вас до спільної роботи над заявками організації
invitation_for = Запрошення для адреси
invitation_new_account = Вкажіть ім’я та оберіть пароль. Обліковий запис буде активним одразу: посилання надійшло на вашу адресу.
invitation_existing_account = Ця адреса вже має обліковий запис у Granty. Введіть його пароль, щоб прийняти запрошення.
invitation_signed_in = Ви увійшли з цією адресою. Можете приєднатися одразу.
accept_create = Створити обліковий запис і приєднатися
accept_join = Приєднатися до організації
wrong_password = Пароль неправильний.
invitation_used = Запрошення вже прийнято
invitation_used_text = Це посилання вже використано. Увійдіть, щоб працювати над заявками організації.
invitation_revoked = Запрошення скасовано
invitation_revoked_text = Організація скасувала це запрошення. Якщо ви все ще маєте приєднатися, попросіть нове.
invitation_expired = Термін дії запрошення минув
invitation_expired_text = Запрошення діє 7 днів. Попросіть когось з організації надіслати нове.
invitation_refused = Цей обліковий запис не можна додати до організації
invitation_refused_text = Ви увійшли з іншим обліковим записом або цей запис належить працівникові органу влади. Вийдіть і відкрийте посилання знову.
kind_organisation_invitation = запрошення до організації
forbidden = Доступ заборонено
forbidden_text = У вас немає прав на цю сторінку.
conflict = Зараз це неможливо
conflict_text = Цю дію не можна виконати в поточному стані конкурсу чи заявки; сторінка, з якої ви прийшли, могла застаріти. Поверніться й оновіть її.
staff_only = Ця сторінка доступна працівникам органу влади.
ngo_only = Ця сторінка доступна громадським організаціям.
form_expired_title = Термін дії форми минув
forbidden_character_title = Не вдалося зберегти форму
forbidden_character_text = Поле «{ $field }» містить керівний символ (наприклад, NUL), який не можна зберегти. Поверніться, видаліть його й надішліть форму ще раз.
unavailable = Granty тимчасово недоступний
unavailable_text = Зараз ми не можемо підключитися до бази даних. Спробуйте ще раз за кілька хвилин.
storage_unavailable = Не вдалося зберегти файл: сховище файлів тимчасово недоступне. Текст заявки збережено; додайте файл знову за кілька хвилин.
server_error = Сталася помилка
server_error_text = Сталася помилка сервера. Спробуйте ще раз трохи згодом.
go_home = Перейти на головну сторінку

## The mode of commissioning and the days of publication (art. 11 ust. 1, art. 13).
commissioning = Спосіб доручення завдання
commissioning_hint = При дорученні дотація фінансує все завдання: заявник не вносить власного внеску, а критерій 4 не оцінюється.
commissioning_supporting = підтримка (дотація співфінансує завдання)
commissioning_entrusting = доручення (дотація фінансує все завдання)
publication_days = Дні публікації оголошення
publication_days_hint = Строк подання рахується від останнього з цих днів (ст. 13 п. 1).
bip_on = у Бюлетені публічної інформації (BIP)
notice_board_on = на дошці оголошень органу
website_on = на вебсайті органу
website_on_hint = Порожнє: день публікації в Granty.
not_recorded = не зазначено
last_publication = Останній день публікації
days_to_deadline = Днів від останньої публікації до кінцевого терміну
record_publication = Зберегти дні публікації
publication_recorded = Дні публікації збережено.
published_in = Оголошення опубліковано

## The name this language gives itself, for the language switch.

language-self-name = Українська

## Formatting: the phases of a call, the states of an offer and durations.

phase-draft = проєкт
phase-published = оголошений, прийом ще не розпочато
phase-open = триває прийом заявок
phase-closed = прийом завершено
phase-in_evaluation = оцінювання заявок
phase-results_published = результати оголошено
phase-archived = в архіві
phase-cancelled = скасований

state-draft = чернетка
state-submitted = подана
state-needs_correction = потребує виправлення
state-resubmitted = виправлена
state-formally_accepted = формально прийнята
state-formally_rejected = формально відхилена
state-withdrawn = відкликана

# Time left until a deadline: "3 дні 4 години" or, under a day, "2 години 5 хвилин".
time-left-days = { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
    } { $hours ->
        [one] { $hours } година
        [few] { $hours } години
       *[many] { $hours } годин
    }
time-left-hours = { $hours ->
        [one] { $hours } година
        [few] { $hours } години
       *[many] { $hours } годин
    } { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
       *[many] { $minutes } хвилин
    }

## Broken rules: `rule-` and the rule's code.

rule-required = Це поле обов’язкове.
rule-too_long = Введіть не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
       *[many] { $max } символів
    }.
rule-too_short = Введіть щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
       *[many] { $min } символів
    }.
rule-invalid_value = Це значення не належить до дозволених варіантів.
rule-invalid_email = Введіть правильну адресу електронної пошти, напр. name@example.org.
rule-invalid_number = Введіть число, напр. 1234,56.
rule-too_many_decimals = Вкажіть не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
       *[many] { $max } знаків
    } після коми.
rule-must_be_positive = Значення має бути більшим за нуль.
rule-must_not_be_negative = Значення не може бути від’ємним.
rule-amount_too_large = Сума завелика.
rule-sum_too_large = Сума цих значень завелика, щоб її зберегти – перевірте введені суми.
rule-forbidden_character = Текст містить керівний символ (наприклад, NUL), який не можна зберегти – видаліть його.
rule-currency_mismatch = Суми мають бути вказані у валюті { $expected }.
rule-percent_out_of_range = Відсоток має бути в межах від 0 до 100.
rule-end_before_start = Дата завершення не може бути раніше за дату початку.
rule-too_many_items = Можна додати не більше ніж { $max ->
        [one] { $max } позицію
        [few] { $max } позиції
       *[many] { $max } позицій
    }.
rule-unknown_reference = Зазначений елемент не існує.
rule-duplicate = Це значення вже використано.
rule-passwords_differ = Паролі не збігаються: введіть той самий пароль двічі.
rule-whole_number_between = Введіть ціле число від { $min } до { $max }.
rule-last_member = В організації має бути щонайменше одна особа: перш ніж піти, запросіть когось іншого.
rule-already_member = Ця особа вже є учасником організації.
rule-already_invited = Цю адресу вже запрошено; запрошення очікує прийняття.
rule-staff_account = Ця адреса належить працівникові органу влади, який не може приєднатися до організації.
rule-nip_length = NIP (польський ідентифікаційний номер платника податків) має 10 цифр.
rule-nip_checksum = Контрольна цифра NIP (польського ідентифікаційного номера платника податків) неправильна – перевірте, чи немає помилки.
rule-regon_length = REGON (польський статистичний ідентифікаційний номер) має 9 або 14 цифр.
rule-regon_checksum = Контрольна цифра REGON (польського статистичного ідентифікаційного номера) неправильна – перевірте, чи немає помилки.
rule-krs_format = Номер KRS (польського Національного судового реєстру) має не більше 10 цифр.
rule-iban_country = Вкажіть номер польського банківського рахунку (PL і 26 цифр).
rule-iban_length = Номер польського банківського рахунку має 26 цифр після PL.
rule-iban_characters = Номер рахунку після PL може містити лише цифри.
rule-iban_checksum = Контрольні цифри номера рахунку неправильні (mod-97) – перевірте, чи немає помилки.
rule-min_grant_above_max_grant = Мінімальна сума гранту не може перевищувати максимальну.
rule-max_grant_above_budget = Максимальна сума гранту не може перевищувати загальний бюджет конкурсу ({ $budget }).
rule-deadline_not_after_opening = Кінцевий термін подання заявок має бути пізніше за початок прийому заявок.
rule-deadline_in_past = Кінцевий термін подання заявок уже минув.
rule-deadline_too_soon = Кінцевий термін подання заявок настає лише через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
    } після публікації оголошення, а громада вимагає щонайменше { $minimum ->
        [one] { $minimum } день
        [few] { $minimum } дні
       *[many] { $minimum } днів
    }. Підтвердьте, якщо все одно хочете опублікувати оголошення.
rule-realisation_starts_before_deadline = Період реалізації не повинен починатися раніше кінцевого терміну подання заявок.
rule-no_criteria = Додайте щонайменше один критерій оцінювання.
rule-date_outside_window = Дата має бути в межах періоду реалізації: з { $from } по { $to }.
rule-no_actions = Додайте до графіка щонайменше один захід.
rule-no_cost_lines = Додайте щонайменше одну статтю витрат.
rule-unknown_action = У графіку немає заходу з номером { $action_no }.
rule-action_without_costs = Для цього заходу не вказано жодної статті витрат.
rule-year_values_count = Вкажіть значення окремо для кожного року реалізації – завдання охоплює { $expected ->
        [one] { $expected } рік
        [few] { $expected } роки
       *[many] { $expected } років
    }.
rule-year_values_sum = Сума значень за окремі роки має дорівнювати вартості статті, тобто { $total }.
rule-grant_part_above_line = Частина, що фінансується з гранту, не може перевищувати вартість статті, тобто { $line }.
rule-grant_parts_sum = Сума частин витрат, що фінансуються з гранту, має дорівнювати запитуваному гранту, тобто { $grant }.
rule-grant_parts_not_allowed = У цьому конкурсі не потрібно вказувати, яка частина кожної статті фінансується з гранту.
rule-totals_differ = Джерела фінансування ({ $sources }) мають дорівнювати загальним витратам ({ $costs }).
rule-grant_below_minimum = Запитувана сума гранту менша за мінімальну суму, визначену конкурсом ({ $minimum }).
rule-grant_above_maximum = Запитувана сума гранту більша за максимальну суму, визначену конкурсом ({ $maximum }).
rule-own_contribution_too_low = Власний внесок становить { $actual } витрат, а конкурс вимагає щонайменше { $required }.
rule-financial_contribution_too_low = Фінансовий власний внесок становить { $actual } витрат, а конкурс вимагає щонайменше { $required }.
rule-non_financial_contribution_too_low = Нефінансовий власний внесок (кадровий і матеріальний) становить { $actual } витрат, а конкурс вимагає щонайменше { $required }.
rule-admin_costs_above_cap = Адміністративні витрати становлять { $actual } усіх витрат, а конкурс дозволяє не більше ніж { $cap }.
rule-attachment_missing = Бракує обов’язкового додатка «{ $name }».
rule-declaration_required = Перед поданням заявки підтвердьте цю заяву.
rule-paid_not_allowed_for_simple_association = Просте об’єднання (польське «stowarzyszenie zwykłe») не може виконувати завдання на платній основі.
rule-partner_is_applicant = Заявник не може бути власним партнером.
rule-partner_shares_above_total = Частки партнерів не можуть перевищувати загальну вартість завдання, тобто { $total }.
rule-deficiencies_required = Вкажіть щонайменше один недолік, який потрібно виправити.
rule-reason_required = Вкажіть обґрунтування рішення.
rule-accepted_with_unmet_condition = Заявку, яка не відповідає цій умові, не можна визнати правильною: вимагайте виправлення або відхиліть її.
rule-file_too_large = Файл завеликий; ліміт – { $max_megabytes } МБ.
rule-file_type_not_allowed = Цей тип файлу не приймається; використайте { $allowed }.
rule-file_content_not_allowed = Вміст файлу не належить до дозволеного типу, хоч би як файл називався; використайте { $allowed }.
rule-file_empty = Файл порожній.
# The domain corrections of issue 8 (branch domainfix) add these rules; their `Rule` variants
# arrive when that branch is merged.
rule-all_zeros = Номер, що складається лише з нулів, недійсний.
rule-statutory_criterion_missing = Критерій за ст. 15 ч. 1 п. { $point } польського закону про громадську корисну діяльність не можна вилучити – кожен конкурс його враховує.
rule-own_means_criterion_only_for_support = Критерій за ст. 15 ч. 1 п. 4 (заплановані власні або інші фінансові кошти) застосовується лише до конкурсів на підтримку завдання – вилучіть його з конкурсу на доручення завдання.
rule-publication_date_in_future = Дата публікації не може бути в майбутньому.
rule-fees_without_paid_activity = Внески учасників можна стягувати лише в межах платної діяльності, а заявка передбачає безоплатну реалізацію.
rule-fees_not_allowed_for_simple_association = Просте об’єднання не може стягувати внески учасників – воно не веде платної діяльності.
rule-other_public_funds_not_allowed = Форма заявки цієї громади не має рядка «кошти з інших публічних джерел» – вкажіть ці кошти як власний фінансовий внесок (3.1).
rule-task_too_long = Завдання не може тривати довше ніж { $max_years ->
        [one] { $max_years } рік
        [few] { $max_years } роки
       *[many] { $max_years } років
    } – це найдовший строк договору.

## API problems (problem+json): `problem-` and the problem's type, a title and sometimes a detail.

problem-unauthorized = Увійдіть, щоб продовжити.
problem-forbidden = У вас немає прав на цю дію.
problem-not-found = Не знайдено.
problem-invalid = Виправте, будь ласка, позначені поля.
problem-bad-request = Неправильний запит.
problem-too-large = Надіслані дані завеликі.
problem-too-large-detail = max { $max_bytes } B
problem-state-conflict = Цю дію зараз неможливо виконати.
problem-stale-version = Тим часом хтось змінив документ. Ваші зміни не збережено: порівняйте їх з актуальною версією.
problem-conflict = Конфлікт з наявними даними.
problem-email-not-confirmed = Спершу підтвердьте адресу електронної пошти: ми надіслали посилання на вашу скриньку.
problem-attachment-locked = Цей додаток є частиною поданої заявки, його не можна видалити.
problem-internal = Сталася помилка сервера. Спробуйте ще раз трохи згодом.
problem-unavailable = База даних тимчасово недоступна. Нічого не змінено; спробуйте ще раз трохи згодом.
problem-storage-unavailable = Сховище файлів тимчасово недоступне. Файл не збережено; спробуйте ще раз трохи згодом.
problem-call-state-detail = Стан конкурсу цього не дозволяє ({ $phase })
problem-deadline-passed = Термін подання заявок минув { $at }.
problem-not-yet-open = Прийом заявок розпочнеться { $at }.
problem-correction-period-over = Термін для виправлення минув { $at }.
problem-application-state = Стан заявки цього не дозволяє: { $state }.

## Emails: each event's template asks for these.

email-greeting = Добрий день!
email-open = Відкрити в Granty
email-closing = Це повідомлення надіслано автоматично системою Granty.
# The first line of a letter to a named person.
email-addressee = { $name },

email-submitted-subject = Підтвердження подання заявки { $receipt_number }
email-resubmitted-subject = Виправлену заявку подано { $receipt_number }
email-submitted-offer = Заявка „{ $application_title }” ({ $organisation_name }) — конкурс „{ $call_title }”.
email-submitted-receipt = Номер підтвердження: { $receipt_number }. Дата і час подання: { $submitted_at }.

email-correction-subject = Заявка потребує виправлень: { $application_title }
email-correction-found = Під час формальної перевірки заявки „{ $application_title }” ({ $call_title }) виявлено такі недоліки:
email-correction-due = Подайте виправлену заявку в Granty до { $due }.

email-accepted-subject = Заявка пройшла формальну перевірку: { $application_title }
email-accepted-text = Заявка „{ $application_title }” ({ $call_title }) пройшла формальну перевірку й переходить до оцінювання по суті.

email-rejected-subject = Заявку відхилено з формальних причин: { $application_title }
email-rejected-text = Заявка „{ $application_title }” ({ $call_title }) не пройшла формальну перевірку.
email-rejected-reason = Обґрунтування: { $reason }

email-confirmation-subject = Підтвердьте адресу електронної пошти в Granty
email-confirmation-text = дякуємо за створення облікового запису. Щоб ним користуватися, підтвердьте адресу, відкривши посилання нижче протягом 48 годин.
email-confirmation-ignore = Якщо ви не створювали обліковий запис, проігноруйте це повідомлення.

email-reset-subject = Встановіть новий пароль у Granty
email-reset-text = ми отримали запит на зміну пароля. Відкрийте посилання нижче протягом 2 годин, щоб встановити новий.
email-reset-ignore = Якщо це були не ви, проігноруйте повідомлення: пароль залишиться без змін.

email-invitation-subject = { $inviter_name } запрошує вас до організації „{ $organisation_name }” у Granty
email-invitation-text = { $inviter_name } запрошує вас до спільної роботи над заявками організації „{ $organisation_name }” ({ $tenant_name }).
email-invitation-accept = Щоб прийняти запрошення, відкрийте посилання нижче. Якщо у вас ще немає облікового запису, ви встановите пароль. Посилання дійсне до { $expires_at }.
email-invitation-ignore = Якщо ви не очікували цього запрошення, проігноруйте це повідомлення.

# How long is left before a reminder's deadline: 0 days is "the last day".
email-remaining-days = { $days ->
        [0] останній день
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
    }
email-remaining-hours = { $hours ->
        [one] { $hours } година
        [few] { $hours } години
       *[many] { $hours } годин
    }
email-remaining-overdue = термін минув

email-draft-deadline-subject = До завершення прийому заявок залишилося { $when }: { $call_title }
email-draft-deadline-text = Ваша заявка „{ $application_title }” ще не подана.
email-draft-deadline-at = Кінцевий термін: { $deadline }.

email-correction-due-subject = На виправлення заявки залишилося { $when }: { $application_title }
email-correction-due-text = Подайте виправлену заявку до { $due }.

email-formal-check-due-subject = До завершення формальної перевірки залишилося { $when }: { $call_title }
email-formal-check-due-pending = Заявки, що чекають формальної перевірки: { $pending }.
email-formal-check-due-at = Термін формальної перевірки: { $due }.

## The submission receipt attached to the confirmation.

# The receipt's file name is the same in every language.
receipt-file-name = potwierdzenie-{ $number }.txt
receipt-title = ПІДТВЕРДЖЕННЯ ПОДАННЯ ЗАЯВКИ
receipt-number = Номер
receipt-call = Конкурс
receipt-offer = Заявка
receipt-applicant = Заявник
receipt-submitted = Подано
receipt-digest = Відбиток змісту (SHA-256)

# The audit trail of an offer (staff).
audit_history_title = Історія змін
audit_history_intro = Кожна зміна цієї заявки, від найстарішої: хто, коли, з якої адреси і що змінив. Записи пов’язані хешами; їх перевіряє granty audit verify.
audit_col_when = Коли
audit_col_who = Хто
audit_col_action = Дія
audit_col_from = З адреси
audit_col_changes = Зміни
audit_no_entries = Записів ще немає.
audit_by_system = Система (командний рядок або заплановане завдання)
audit_action_create = Чернетку створено
audit_action_save_draft = Чернетку збережено
audit_action_submit = Подано
audit_action_submit_correction = Виправлення подано
audit_action_withdraw = Відкликано
audit_action_formal_check = Формальну перевірку записано
audit_action_upload = Файл додано
audit_action_delete = Файл видалено
## Accounts and sessions: throttled logins, the account page, the lockout letter.

problem-too-many-logins = Забагато невдалих спроб входу.
too-many-logins-detail = Забагато невдалих спроб входу. Спробуйте ще раз через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
       *[many] { $minutes } хвилин
    } або встановіть новий пароль.
account_title = Ваш обліковий запис
account_sessions = Сеанси
account_sessions_text = Якщо ви входили на чужому комп'ютері або загубили телефон, вийдіть усюди: ми завершимо кожен сеанс цього облікового запису, зокрема цей.
log_out_everywhere = Вийти всюди
email-locked-subject = Ми призупинили вхід до вашого облікового запису в Granty
email-locked-text = хтось { $failures } разів ввів неправильний пароль до вашого облікового запису. До { $until } ми не прийматимемо нових спроб входу.
email-locked-advice = Якщо це були не ви, встановіть новий пароль за посиланням нижче: це також завершить усі сеанси.

# --- sec-finish ---
problem-two-factor-required = Цей обліковий запис входить із двофакторним кодом: надішліть totp_code разом із паролем.
two_factor_login_title = Код із застосунку
two_factor_login_text = Пароль правильний. Введіть шестизначний код, який ваш застосунок автентифікації показує для Granty.
two_factor_code = Шестизначний код
two_factor_code_wrong = Цей код неправильний або вже використаний. Введіть код, який застосунок показує зараз.
two_factor_start_again = Почати знову з пароля
two_factor_expired = Час на введення коду минув. Увійдіть знову з паролем.
two_factor_title = Двофакторний вхід
two_factor_off_text = Для двофакторного входу потрібні пароль і код із застосунку автентифікації на телефоні.
two_factor_start = Налаштувати двофакторний вхід
two_factor_pending_text = Відскануйте QR-код застосунком автентифікації або введіть ключ у нього вручну. Потім введіть показаний код, щоб увімкнути двофакторний вхід. Ключ видно лише до цього моменту.
two_factor_qr_label = QR-код для застосунку автентифікації
two_factor_secret = Ключ
two_factor_uri = Адреса для застосунку (otpauth)
two_factor_confirm = Увімкнути двофакторний вхід
two_factor_on_text = Двофакторний вхід увімкнено: кожен вхід вимагає коду із застосунку. Щоб вимкнути його, введіть поточний код.
two_factor_disable = Вимкнути двофакторний вхід
two_factor_required_notice = Ваша громада вимагає від працівників двофакторного входу. Налаштуйте його, щоб продовжити роботу.
audit_action_update = Змінено
audit_action_edit = Змінено
audit_action_publish = Опубліковано
audit_action_record_publication = Записано дні публікації
audit_action_cancel = Скасовано
audit_action_remove_member = Учасника вилучено
audit_action_invite = Учасника запрошено
call_history_intro = Кожна зміна цього конкурсу, від найдавнішої: хто, коли, з якої адреси і що змінив.
organisation_history_intro = Кожна зміна профілю та учасників цієї організації, від найдавнішої: хто, коли, з якої адреси і що змінив.
history_link = Історія змін
back_to_call = Назад до конкурсу
back_to_offers = Назад до заявок
people_title = Персональні дані
people_intro = Знайдіть особу цієї громади за адресою електронної пошти: завантажте все, що Granty про неї зберігає (той самий JSON, що й granty person export), або видаліть її персональні дані. Подані заявки та історія змін залишаються.
people_email = Адреса електронної пошти
people_find = Знайти
people_email_required = Введіть адресу електронної пошти.
people_not_found = Жодна особа цієї громади не має такої адреси.
people_found = Знайдена особа
people_download = Завантажити експорт (JSON)
people_erase = Видалити персональні дані
people_erase_title = Видалити персональні дані цієї особи?
people_erase_text = Ім'я, адресу електронної пошти та пароль буде замінено; особа більше не зможе увійти. Подані заявки та історія змін залишаються. Цього не можна скасувати.
people_erase_confirm = Так, видалити
people_cancel = Скасувати
people_erased = Персональні дані цієї особи видалено.
# --- front ---
front_towns_title = Грантові конкурси громад
front_towns_intro = Оберіть свою громаду, щоб побачити відкриті конкурси, як подати заявку і де увійти.
front_no_towns = Жодна громада ще не проводить конкурси в Granty.
front_how_to_apply = Як подати заявку
front_step_account = Створіть обліковий запис особи, що діє від імені організації, і підтвердьте його посиланням з листа.
front_step_organisation = Зареєструйте організацію (NIP, REGON, KRS, банківський рахунок).
front_step_offer = Відкрийте конкурс зі списку вище і почніть заявку; вона зберігається під час введення.
front_step_submit = Перевірте заявку і подайте її до кінцевого терміну: підтвердження надійде електронною поштою.
front_have_account = Уже маєте обліковий запис?
front_account_language = Мова
front_account_language_hint = Цією мовою ми показуємо сторінки Granty і надсилаємо вам листи.
front_language_now = Зараз:
front_language_saved = Мову збережено. Сторінки й листи тепер цією мовою.
front_save_language = Зберегти мову
front_language_unknown = Оберіть одну з мов зі списку.
front_forbidden_heading = Ви не можете відкрити цю сторінку
# --- clerk ---
email-correction-justification = Обґрунтування органу:
decision_saved = Рішення збережено
last_decision = Останнє рішення
decision_made_at = Дата рішення
justification = Обґрунтування
justification_hint = Чому орган просить виправити недоліки або відхиляє заявку. Заявник побачить це в листі та в редакторі.
correction_justification = Обґрунтування органу:
submit_correction = Подаю виправлення
correction_receipt_title = Виправлення подано
correction_number_explained = Номер { $number } означає виправлення № { $n } заявки, поданої під номером { $offer_number }. Орган зберігає попередню версію.
versions_heading = Подані версії
version_kind = Вид
version_kind_submission = заявка
version_kind_correction = виправлення
version_diff_heading = Що змінилося
diff_field = Поле
diff_none = Виправлення не змінило жодного поля форми.
activity_heading = Розпочаті та подані заявки
activity_started = Розпочаті
activity_submitted = Подані
activity_hint = один стовпчик на день, а за останні 48 годин до терміну — на годину.
activity_table = Числа з діаграми в таблиці
activity_period = День або година
activity_none = Ще ніхто не розпочав заявку.
activity_hourly_from = 48 год до терміну
activity_desc = Стовпчикова діаграма заявок за днями, а за останні 48 годин до терміну — за годинами. Усього розпочато { $started }, подано { $submitted }. Таблиця нижче містить ті самі числа.
sent_first_try = надіслано з першої спроби
submitted_count = подано
# --- attach ---
attachment_kind_statut = Статут організації
attachment_kind_statute = Статут організації
attachment_kind_krs = Витяг з Національного судового реєстру (KRS)
attachment_kind_odpis_krs = Витяг з Національного судового реєстру (KRS)
attachment_kind_pelnomocnictwo = Довіреність
attachment_kind_inne = Інший додаток
attachment_col_kind = Вид
attachment_col_file = Файл
attachment_col_type = Тип
attachment_col_size = Розмір
attachment_col_uploaded = Завантажено
attachment_download = Завантажити
attachment_replace = Замінити файл
attachment_new_file = Новий файл
attachment_remove = Вилучити із заявки
attachment_versions = Історія версій
attachment_version = Версія
attachment_filed_with = подано з версією заявки
attachment_replaced_on = замінено
attachment_removed_on = вилучено
attachments_removed = Вилучені із заявки (збережені в історії)
attachments_on_offer = Додатки заявки
attachment_upload_new = Додати додаток
attachment_not_found = Цього додатка вже немає в заявці: можливо, його щойно замінили або вилучили. Список нижче актуальний.
audit_action_replace = Файл замінено новою версією
# --- editor ---
editor_progress = заповнено: { $filled } з { $total }
editor_progress_heading = Хід заповнення
editor_to_correct = Виправити
editor_show_missing = Показати все, чого ще бракує
editor_nothing_missing = Нічого не бракує: заявку можна переглянути й подати.
editor_title_limit = Найбільша довжина в символах:
editor_characters_used = Введено: %count% з %max%.
editor_rows_hint = Потрібно більше рядків? Натисніть «Додати рядок». Порожні рядки під час збереження пропускаються.
editor_add_row = Додати рядок
editor_row_added = У кінці таблиці додано рядок.
withdraw_heading = Відкликання заявки
withdraw_explanation = Установа не розглядає відкликану заявку. До кінця строку ви можете розпочати в цьому конкурсі нову заявку. Відкликання не можна скасувати.
withdraw_button = Так, відкликаю заявку
withdraw_link = Відкликати заявку
withdraw_hint = Змінилися плани до кінця строку?
withdraw_done = Заявку відкликано.
delete_heading = Видалення чернетки
delete_explanation = Чернетку та все, що в ній введено, буде видалено. Цього не можна скасувати.
delete_button = Так, видалити чернетку
delete_link = Видалити цю чернетку
delete_done = Чернетку видалено.
removal_refused = Зараз цього зробити не можна
removal_cancel = Ні, повернутися
start_offer_login_hint = Увійдіть обліковим записом організації, щоб розпочати заявку; ви повернетеся до цього конкурсу.
start_offer_continues = Якщо ваша організація вже розпочала заявку в цьому конкурсі, ви продовжите її.
problem-two-factor-enrolment-required = Громада вимагає від працівників двоетапного входу: увімкніть його на сторінці облікового запису, перш ніж користуватися API.

# --- polish ---
size_kilobytes = кБ
size_megabytes = МБ

# --- recovery ---
recovery_codes_heading = Резервні коди
recovery_codes_text = Якщо ви загубите телефон, кожен резервний код відкриває один вхід замість коду з застосунку. Нові коди замінюють усі попередні.
recovery_codes_left = Невикористані резервні коди:
recovery_codes_few_left = Залишилося мало резервних кодів (або жодного). Створіть нові.
recovery_codes_new_heading = Ваші резервні коди
recovery_codes_new_text = Збережіть ці коди зараз: їх показано лише цей один раз. Кожен діє для одного входу. Зберігайте їх окремо від телефону (надрукованими або в менеджері паролів).
recovery_codes_download = Завантажити як текстовий файл
recovery_codes_print_hint = Щоб їх надрукувати, надрукуйте цю сторінку (Ctrl+P): друкуються лише коди.
recovery_codes_regenerate_code = Поточний код із застосунку
recovery_codes_regenerate = Створити нові резервні коди
recovery_codes_disable_hint = Щоб вимкнути двофакторний вхід, введіть поточний код із застосунку або, без телефону, один із резервних кодів.
recovery_codes_file_heading = Granty: резервні коди для двофакторного входу
recovery_codes_login_hint = Телефону немає під рукою? Введіть один із резервних кодів (наприклад, ABCDE-FGHJK); кожен діє лише раз.
# --- scoring ---
rule-gate_carries_no_points = Критерій «відповідає / не відповідає» не має балів: введіть 0 як максимум.
rule-statutory_criterion_not_gate = Законодавчий критерій (ст. 15 п. 1) оцінюється в балах і не може бути критерієм «відповідає / не відповідає».
rule-points_above_maximum = За цей критерій можна дати щонайбільше { $max } б.
rule-half_points_not_allowed = У цьому конкурсі бали ставлять лише цілими числами (без половин).
rule-justification_too_short = Обґрунтування має містити щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
       *[many] { $min } символів
    } (зараз: { $actual }).
rule-points_required = Поставте бали за цей критерій.
rule-pass_fail_required = Зазначте, чи відповідає пропозиція цьому критерію.
email-scoring-due-subject = До завершення оцінювання залишилося { $when }: { $call_title }
email-scoring-due-pending = Оцінні картки, які ще треба подати: { $pending }.
email-scoring-due-at = Термін оцінювання: { $due }.
email-scorecard-reopened-subject = Оцінну картку відкрито повторно: { $application_title }
email-scorecard-reopened-text = Службовець повторно відкрив вашу оцінну картку пропозиції „{ $application_title }” ({ $call_title }). Ви можете її змінити й подати ще раз.
email-scorecard-reopened-reason = Причина: { $reason }
evaluations_title = Оцінювання пропозицій
evaluations_none = Ви не входите до жодної конкурсної комісії.
evaluations_declare = Підписати декларацію неупередженості
evaluations_declare_hint = Пропозиції цього конкурсу ви побачите після підписання декларації неупередженості.
evaluations_no_offers = Вам ще не призначено пропозицій у цьому конкурсі.
evaluations_offers = Пропозиції для оцінювання
evaluations_offer = Пропозиція
evaluations_call = Конкурс
evaluations_card = Оцінна картка
evaluations_open = Відкрити
evaluations_score = Оцінити
scoring_deadline = Термін оцінювання
no_scoring_deadline = не встановлено
scoring_screen = Змістовне оцінювання
card_not_started = до оцінювання
card_draft = чернетка
card_submitted = подана
card_late = із запізненням
card_saved = Чернетку картки збережено.
card_submitted_now = Оцінну картку подано.
card_submitted_at = Подано
card_stale = Картку змінено в іншому вікні. Оновіть сторінку, щоб побачити актуальну версію.
card_read_only = Картку подано, вона доступна лише для читання. Змінити її можна, лише коли службовець відкриє її повторно.
card_may_not_score = Ви можете читати цю пропозицію, але не оцінюєте її (її вам не призначено або ви маєте в комісії дорадчий голос).
card_reopened_because = Службовець повторно відкрив картку. Причина:
criterion_gate = відповідає / не відповідає
criterion_max = макс. балів
criterion_weight = вага
criterion_pass = Відповідає
criterion_fail = Не відповідає
justification_min = Щонайменше символів:
characters_typed = Введено:
autosave_saved = Збережено
save_card_draft = Зберегти чернетку
submit_card = Подати оцінну картку
track_record = Попередня співпраця (ст. 15 п. 1 пп. 6)
track_record_none = Організація раніше не подавала пропозицій у Granty в цій громаді.
track_record_no_settlement = У Granty ще немає записаних звітів чи повернень грантів.
track_record_year = Рік
track_record_formal = Формальна перевірка
track_record_corrections = Вимоги виправлень
track_record_awarded = Призначений грант
clerk_scoring = Хід оцінювання
clerk_scoring_no_members = Комісія цього конкурсу ще не має членів.
clerk_scorecard = Оцінна картка члена комісії
col_member = Член комісії
col_assigned = Призначено
member_no_score = без права оцінки
scoring_past_deadline = Термін оцінювання минув.
reopen_card = Відкрити картку повторно
reopen_hint = Член комісії отримає електронний лист із цією причиною і зможе змінити картку.
reopen_reason = Причина повторного відкриття
card_points = Бали
criterion_weight_label = Вага (1–10)
criterion_gate_label = Відповідає / не відповідає
clerk_scorecards = Оцінні картки пропозиції
clerk_scorecards_none = Оцінну картку цієї пропозиції ще ніхто не зберіг.
# --- committee ---
rule-nominee_of_applicant = Особа, висунута організацією „{ $organisation }”, яка подала пропозицію в цьому конкурсі (самостійно або як партнер), не може бути членом комісії (ст. 15 п. 2d закону).
rule-nominator_required = Вкажіть громадську організацію, яка висунула цю особу.
rule-no_ngo_reason_required = У комісії немає особи, висунутої громадською організацією: перед початком оцінювання зазначте одну з трьох причин за ст. 15 п. 2da закону.
rule-not_an_evaluator = Ця особа не має в громаді ролі оцінювача.
rule-already_on_committee = Ця особа вже є членом комісії цього конкурсу.
rule-already_declared = Декларацію про неупередженість у цьому конкурсі вже підписано.
rule-member_excluded = Цього члена комісії відсторонено від оцінювання цієї пропозиції.
rule-not_on_committee = Ця особа не є членом комісії цього конкурсу, який оцінює пропозиції.
rule-no_scoring_members = У комісії немає нікого, хто оцінює пропозиції балами.
email-committee-subject = Призначення до конкурсної комісії: { $call_title }
email-committee-text = Вас призначено до конкурсної комісії конкурсу „{ $call_title }” як { $member_kind ->
        [official] представника виконавчого органу
        [ngo_nominee] особу, висунуту громадською організацією
       *[other] експерта з дорадчим голосом
    }.
email-committee-nominated-by = Організація, що висунула: { $nominated_by }.
email-committee-declare = Перш ніж побачити пропозиції, підпишіть, будь ласка, декларацію про неупередженість (ст. 24 Кодексу адміністративного провадження Польщі). Посилання нижче відкриває її.
email-reassign-subject = Пропозиції для повторного розподілу: { $call_title }
email-reassign-text = { $member_name } у декларації про неупередженість зазначив(-ла) зв'язок із заявниками в конкурсі „{ $call_title }” і відсторонений(-а) від оцінювання цих пропозицій:
email-reassign-ask = Будь ласка, призначте ці пропозиції іншому членові комісії.
committee_title = Конкурсна комісія
committee_intro = Комісія надає висновок щодо пропозицій; рішення ухвалює виконавчий орган. Член комісії бачить пропозиції лише після підписання декларації про неупередженість.
committee_link = Комісія і розподіл пропозицій
committee_members = Члени комісії
committee_none = У комісії ще немає членів.
member_name = Особа
member_kind = Роль у комісії
member_kind_official = представник виконавчого органу
member_kind_ngo_nominee = особа, висунута громадською організацією
member_kind_adviser = експерт із дорадчим голосом
member_nominated_by = Висунула
member_scores = Оцінює балами
member_declared = Декларація про неупередженість
member_declared_no = не підписано
member_exclusions = Відсторонення
member_assigned = Призначені пропозиції
committee_member_removed = Відкликано
member_actions = Дії
scores_yes = так
scores_no = ні (дорадчий голос)
scores_switch_on = Нехай оцінює балами
scores_switch_off = Лише дорадчий голос
committee_remove_member = Відкликати з комісії
removal_reason = Причина відкликання
appoint_heading = Призначити члена комісії
appoint_person = Особа (обліковий запис із роллю оцінювача)
appoint_kind = Роль у комісії
appoint_nominator_org = Організація, що висунула (зі списку)
appoint_nominator_name = або назва організації, що висунула
appoint_nominator_hint = Лише для особи, висунутої громадською організацією. Особа, висунута організацією, що подала пропозицію в цьому конкурсі, не може бути в комісії.
appoint_nominator_pick = — оберіть —
appoint_scores = Оцінює балами (експерт за замовчуванням не оцінює)
appoint_submit = Призначити
settings_heading = Правила оцінювання
settings_half_points = Дозволено пів бала
settings_min_justification = Найкоротше обґрунтування за критерієм (символи)
settings_min_total = Найменша сума балів для рекомендації
settings_min_total_hint = Напр. 30 або 30,5. Порожньо: без порогу.
settings_divergence = Розбіжність оцінок, яку треба з'ясувати (% максимуму)
settings_per_offer = Оцінювачів на пропозицію
settings_per_offer_hint = Порожньо: кожен член, що оцінює, оцінює кожну пропозицію.
settings_deadline = Строк оцінювання (місцевий час громади)
settings_tie_breakers = Розв'язання рівності балів
settings_tie_breakers_hint = Правила по черзі через кому: „criterion:N” (вища оцінка за критерієм номер N, рахуючи від 0) або „received” (пропозиція, що надійшла раніше). За замовчуванням: criterion:1, received.
settings_no_ngo_reason = Чому в комісії немає осіб, висунутих організаціями (ст. 15 п. 2da)
no_ngo_reason_none = — не стосується —
no_ngo_reason_no_nominations = жодна організація нікого не висунула
no_ngo_reason_nominees_applying = висунуті особи не можуть брати участь, бо їхні організації подали пропозиції
no_ngo_reason_nominees_excluded = усіх висунутих осіб відсторонено за ст. 24 Кодексу адміністративного провадження
settings_save = Зберегти правила оцінювання
assign_heading = Розподіл пропозицій
assign_all = Кожен член, що оцінює, оцінює кожну пропозицію
assign_spread = Рівномірно розподілити пропозиції
assign_per_offer = Оцінювачів на пропозицію
assign_submit = Розподілити пропозиції
assign_intro = Перший розподіл починає оцінювання закритого конкурсу. Відсторонений від пропозиції член ніколи її не отримає; наявні призначення залишаються.
assign_short = Ці пропозиції не отримали потрібної кількості членів:
reassign_heading = Змінити призначення пропозиції
reassign_offer = Пропозиція
reassign_from = Забрати в члена
reassign_from_none = — ні в кого (заповнити прогалину) —
reassign_to = Призначити членові
reassign_reason = Причина зміни
reassign_submit = Змінити призначення
needs_reassignment_heading = Пропозиції для повторного розподілу
needs_reassignment_hint = Член комісії зазначив зв'язок із заявником і відсторонений від цих пропозицій. Призначте їх іншому членові.
offers_under_evaluation = Пропозиції на оцінюванні
assignment_history = Історія призначень
history_assigned_at = Призначено
history_ended_at = Завершено
history_end_reason = Причина
end_reason_declared_tie = заявлений зв'язок із заявником
committee_appointed = Члена комісії призначено; ми надіслали йому посилання на декларацію.
committee_removed = Члена комісії відкликано.
committee_scores_changed = Участь члена в оцінюванні змінено.
committee_settings_saved = Правила оцінювання збережено.
committee_assigned = Пропозиції розподілено.
committee_reassigned = Призначення пропозиції змінено.
declaration_title = Декларація про неупередженість
declaration_statement = Заявляю, що щодо мене відсутні обставини, які виключають участь у конкурсній комісії згідно зі ст. 24 Кодексу адміністративного провадження Польщі (у зв'язку зі ст. 15 п. 2f Закону про суспільно корисну діяльність і волонтерство): я не є стороною чи особою, на права або обов'язки якої впливає результат; не перебуваю із заявником у шлюбі, у спорідненості чи свояцтві, у стосунках усиновлення, опіки чи піклування; не є представником заявника і не перебуваю з ним у службовому підпорядкуванні; і немає обставин, що могли б викликати сумнів у моїй неупередженості.
declaration_applicants = Заявники та партнери в цьому конкурсі
declaration_no_applicants = У конкурсі ще немає пропозицій, що пройшли формальну перевірку.
declaration_no_ties = Я не маю зв'язку з жодним із зазначених заявників
declaration_ties = Я пов'язаний(-а) з позначеними заявниками
declaration_tie_hint = Позначте заявників, з якими вас пов'язує зв'язок за ст. 24. Вас буде відсторонено від оцінювання їхніх пропозицій, а установа призначить їх комусь іншому.
declaration_submit = Підписую декларацію
declaration_signed = Декларацію підписано
declaration_signed_at = Дата підписання
declaration_signed_no_ties = Без зв'язків із заявниками.
declaration_signed_ties = Зазначені зв'язки із заявниками:
declaration_done = Дякуємо. Декларацію збережено.
declaration_first = Перш ніж побачити пропозиції цього конкурсу, підпишіть декларацію про неупередженість.
# --- ranking ---
rule-award_above_request = Сума гранту більша за запитувану в заявці ({ $requested }).
rule-award_above_pool = Сума гранту більша за залишок фонду на цьому місці списку ({ $left }).
rule-award_below_minimum = Сума гранту менша за мінімальну суму гранту конкурсу ({ $minimum }).
rule-applicant_flagged = Заявник має прострочений звіт або неповернений грант, і громада в такому разі грант не надає.
rule-divergence_unresolved = Оцінки членів комісії надто різняться: розв'яжіть розбіжність перед наданням гранту.
ranking_title = Рейтинг заявок
ranking_raw = Рейтинг за балами комісії
ranking_normalised = Рейтинг з урахуванням поблажливості оцінювачів (довідково)
ranking_normalised_hint = Цей рейтинг не замінює рейтинг комісії; він показує список без різниці в поблажливості оцінювачів.
ranking_place = Місце
ranking_organisation = Організація
ranking_task = Завдання
ranking_means = Середні за критеріями
ranking_total = Сума балів
ranking_recommended = Рекомендовано
ranking_yes = так
ranking_no = ні
ranking_divergence = Розбіжність оцінок
ranking_divergence_resolved = розв'язано
ranking_divergence_open = потребує розв'язання
ranking_resolution_note = Примітка щодо розв'язання
ranking_extra_member = Додатковий оцінювач (необов'язково)
ranking_no_extra_member = без додаткового оцінювача
ranking_resolve = Розв'язати
ranking_divergence_saved = Розбіжність розв'язано.
ranking_flags = Зауваження щодо заявника
ranking_flag_overdue_report = прострочений звіт
ranking_flag_unpaid_return = неповернений грант
ranking_requested = Запитувана сума
ranking_amount = Сума гранту
ranking_reason = Обґрунтування (для меншої суми або вибору всупереч рейтингу)
ranking_pool_left = Залишок фонду
ranking_pool = Фонд конкурсу
ranking_save_awards = Зберегти гранти
ranking_awards_saved = Гранти збережено.
ranking_leniency = Поблажливість оцінювачів
ranking_member = Член комісії
ranking_offers_scored = Оцінені заявки
ranking_offset = Середнє відхилення від комісії
ranking_own_mean = Середнє оцінювача
ranking_panel_mean = Середнє комісії для цих заявок
ranking_chart_pool = Розподілений і залишковий фонд за списком
ranking_chart_pool_desc = Стовпці: сума, надана на кожному місці списку; лінія: залишок фонду після нього. Ті самі числа є в таблиці поруч.
ranking_chart_members = Суми членів порівняно із середнім комісії
ranking_chart_members_desc = Для кожного члена: середнє його сум (темний стовпець) і середнє комісії для тих самих заявок (світлий стовпець). Ті самі числа є в таблиці поблажливості.
ranking_allocated = Надано
ranking_download_csv = Завантажити рейтинг (CSV)
ranking_download_xlsx = Завантажити рейтинг (XLSX)
ranking_tie_rule = Рівні суми розрізняє по черзі
ranking_breaker_criterion = вище середнє за критерієм №
ranking_breaker_received = раніше подання заявки
ranking_breaker_id = порядок створення заявок
ranking_separated_by = Місце визначено за
ranking_by_total = сума балів
ranking_rounding = Суми показано з точністю до двох знаків після коми, округлено від половини вгору; рейтинг обчислено за точними значеннями.
ranking_max_total = Максимальна сума балів
ranking_unscored = не оцінено
ranking_no_offers = Ще немає оцінених заявок.
ranking_figures = Числа діаграми
# --- results ---
rule-update_grant_differs = Оновлений кошторис має запитувати грант, що дорівнює присудженій сумі: { $award }.
rule-update_own_share_fell = Частка власного внеску впала б з { $before } до { $after } витрат; оновлення не може її зменшувати.
rule-update_scope_removed = Оновлення не може звужувати завдання: бракує „{ $name }” з поданої пропозиції.
rule-update_not_expected = На цьому етапі оновлення цієї пропозиції не можна подати чи розглянути.
rule-awards_missing = Результати не можна оприлюднити: формально прийнятих пропозицій без рішення про грант: { $count }.
rule-nothing_to_publish = Немає що оприлюднювати: жодна пропозиція не має рішення про грант. Конкурс без пропозицій, що відповідають вимогам, скасовується (ст. 18a).
rule-decision_missing = Спершу зафіксуйте рішення органу (хто і коли вирішив).
rule-justification_period_over = Строк для запиту обґрунтування сплив { $closed_on } (30 днів від оприлюднення результатів, ст. 15 п. 2i).
rule-cancel_offers_exist = У конкурсі подано пропозиції ({ $count }), тож його не можна скасувати через відсутність пропозицій.
rule-cancel_valid_offer_exists = Є пропозиції, що відповідають вимогам або ще на формальній перевірці ({ $count }), тож конкурс не можна скасувати з цієї підстави.
email-result-chosen-subject = Результати конкурсу: пропозицію „{ $application_title }” обрано
email-result-chosen-text = Пропозицію „{ $application_title }” у конкурсі „{ $call_title }” обрано. Присуджений грант: { $amount }.
email-result-update-needed = Присуджена сума ({ $amount }) менша за запитувану ({ $requested }). Подайте в Granty оновлений кошторис і графік або відмовтеся від виконання завдання.
email-result-not-chosen-subject = Результати конкурсу: пропозиція „{ $application_title }”
email-result-not-chosen-text = Пропозицію „{ $application_title }” у конкурсі „{ $call_title }” не обрано для фінансування.
email-result-score = Бали, надані комісією: { $score }.
email-update-filed-subject = Подано оновлення пропозиції „{ $application_title }”
email-update-filed-text = { $organisation_name } подала оновлений кошторис і графік пропозиції „{ $application_title }” (конкурс „{ $call_title }”). Перевірте та прийміть або поверніть із зауваженнями.
email-update-withdrawn-subject = Відмова від гранту: „{ $application_title }”
email-update-withdrawn-text = { $organisation_name } відмовилася від виконання завдання „{ $application_title }” (конкурс „{ $call_title }”).
email-update-accepted-subject = Оновлення прийнято: „{ $application_title }”
email-update-accepted-text = Орган прийняв оновлений кошторис і графік пропозиції „{ $application_title }” (конкурс „{ $call_title }”). Грант остаточний.
email-update-returned-subject = Оновлення повернуто на доопрацювання: „{ $application_title }”
email-update-returned-text = Орган повернув оновлений кошторис пропозиції „{ $application_title }” (конкурс „{ $call_title }”). Виправте його та подайте знову.
email-update-comment = Зауваження органу: { $comment }
email-justification-subject = Обґрунтування результатів конкурсу „{ $call_title }”
email-justification-question = Ваше запитання щодо результатів конкурсу „{ $call_title }”:
email-justification-answer = Відповідь органу:
email-cancelled-subject = Конкурс „{ $call_title }” скасовано
email-cancelled-text = Конкурс „{ $call_title }” скасовано на підставі ст. 18a польського закону про громадсько корисну діяльність і волонтерство.
email-cancelled-reason = Обґрунтування: { $reason }
cancel-ground-no_offers = Не подано жодної пропозиції.
cancel-ground-none_valid = Жодна з поданих пропозицій не відповідає вимогам оголошення.
results_title = Результати конкурсу
results_decision = Рішення органу
results_decided_by = Хто вирішив (орган)
results_decision_reference = Номер акта (розпорядження, ухвала)
results_decided_on = Дата рішення
results_save_decision = Зберегти рішення
results_publish = Оприлюднити результати
results_publish_hint = Результати оприлюднюють без зволікань у BIP, на дошці оголошень органу та на вебсайті (ст. 15 п. 2j). Дні в BIP і на дошці можна додати пізніше.
results_published_at = Дата оприлюднення результатів
results_channels = Дні оприлюднення результатів
results_save_channels = Зберегти дні оприлюднення
results_awards = Пропозиції та гранти
results_organisation = Організація
results_task = Завдання
results_amount = Присуджена сума
results_requested = Запитувана сума
results_score = Бали
results_chosen = Обрані пропозиції
results_not_chosen = Інші пропозиції
results_update_state = Оновлення
results_none = Рішень про гранти ще немає.
results_not_published = Результати ще не оприлюднено.
update_state_not_needed = не потрібне
update_state_awaiting = очікує на заявника
update_state_submitted = подано, на перевірці
update_state_accepted = прийнято
update_state_withdrawn = відмова від гранту
results_accept_update = Прийняти оновлення
results_return_update = Повернути із зауваженнями
results_comment = Зауваження для організації
results_justifications = Запити про обґрунтування
justification_title = Запит про обґрунтування
justification_intro = Будь-хто протягом 30 днів від оприлюднення результатів може вимагати обґрунтування вибору чи відхилення пропозиції (ст. 15 п. 2i польського закону про громадсько корисну діяльність і волонтерство).
justification_until = Запити приймаються до
justification_name = Ім’я та прізвище або назва
justification_email = Електронна адреса для відповіді
justification_offer = Якої пропозиції стосується
justification_any_offer = усього рішення
justification_question = Запитання
justification_send = Надіслати запит
justification_sent = Запит прийнято. Відповідь надійде електронною поштою.
justification_closed = Строк для запиту обґрунтування сплив.
justification_received = Надійшов
justification_answer = Відповідь
justification_send_answer = Надіслати відповідь
justification_answered = Відповідь надіслано
justification_none = Запитів про обґрунтування немає.
cancel_art18a = Скасування конкурсу (ст. 18a)
cancel_ground = Підстава скасування
cancel_ground_no_offers = Не подано жодної пропозиції
cancel_ground_none_valid = Жодна пропозиція не відповідає вимогам
cancel_notice = Конкурс скасовано
cancel_do = Скасувати конкурс
your_result = Результат конкурсу
your_result_chosen = Пропозицію обрано.
your_result_not_chosen = Пропозицію не обрано.
update_title = Оновлення кошторису та графіка
update_hint = Присуджена сума менша за запитувану. Оновіть кошторис і графік так, щоб запитуваний грант дорівнював присудженому, не зменшуючи частку власного внеску і не вилучаючи дій чи результатів; потім подайте оновлення або відмовтеся від гранту.
update_submit = Подати оновлення
update_withdraw = Відмовитися від гранту

# --- evaluator-journey ---
scoring_skip_to_card = Перейти до картки оцінювання
# --- award-journey ---
award_update_heading = Дотацію надано в меншій сумі: подайте оновлений кошторис
award_update_awarded = Надана дотація:
award_update_ask = Запитувана дотація в оновленні має становити рівно
award_update_rule_grant = Зменште витрати або збільште інші джерела, щоб запитувана дотація дорівнювала наданій.
award_update_rule_own_share = Частка власного внеску у витратах не може впасти нижче частки з пропозиції.
award_update_rule_scope = Обсяг завдання зберігається: жодної дії чи результату з пропозиції не можна вилучити.
award_update_then = Збережіть зміни й подайте оновлений кошторис або відмовтеся від дотації.
award_update_file = Подати оновлений кошторис
award_update_withdraw = Відмовитися від дотації

# --- offer-pdf ---
offer_pdf_download = Подана пропозиція (PDF)
protocol_pdf_download = Протокол роботи комісії (PDF)
# --- agreements ---
rule-agreement_not_draft = Угода вже не є проєктом: змінити її можна лише додатковою угодою.
rule-signing_a_draft = Проєкт угоди не підписують: спершу підготуйте угоду до підписання.
rule-town_not_signed = Організація підписує після надавача: надавач ще не підписав угоду.
rule-already_signed = Ця сторона вже підписала цю версію угоди.
rule-agreement_not_in_force = Угода не діє: її підписали не всі сторони або вона вже завершилась.
rule-annex_on_settled = Угоду виконано або розірвано: додаткову угоду до неї укласти не можна.
rule-annex_pending = Додаткова угода до цієї угоди вже готується: спершу підпишіть її.
rule-nothing_changed = Додаткова угода нічого не змінює в угоді.
rule-payment_before_signing = Грант не перераховують до підписання угоди всіма сторонами і датою раніше за підписання.
rule-agreement_closed = Угоду виконано або розірвано.
rule-payment_above_grant = Виплати перевищили б грант: залишилося виплатити { $left }.
rule-date_in_future = Дата не може бути в майбутньому.
rule-use_by_after_budget_year = Грант не можна використати пізніше ніж { $last } (кінець бюджетного року, ст. 251 польського закону про публічні фінанси).
rule-tranches_sum_differs = Транші разом мають дорівнювати гранту: { $grant }.
rule-signatories_missing = { $party ->
        [town] Вкажіть особу, яка підписує угоду від імені надавача.
       *[other] Вкажіть представників отримувача (потрібна кількість: { $required }).
    }
rule-award_not_final = Угоду укладають після оголошення результатів, для пропозиції, обраної для фінансування, з прийнятим оновленим кошторисом (якщо він був потрібен).
rule-too_few_signatures = Файл має замало дійсних підписів представників отримувача: потрібно { $required }, знайдено { $found }.
rule-signature_untrusted = Сертифікат підпису видав не той орган, якому довіряє управа.
rule-signature_invalid = Файл не є підписаною угодою з Granty або підпис недійсний (файл змінено після підписання).
rule-scans_not_allowed = Управа не приймає скани: угоду треба підписати електронним підписом.
email-agreement-ready-subject = Угода { $agreement_number } чекає на підпис
email-agreement-ready-text = Угода { $agreement_number } про виконання публічного завдання «{ $task_title }» готова до підписання. Завантажте її з Granty, підпишіть електронним підписом представників організації та надішліть підписаний файл.
email-annex-ready-subject = Додаткова угода № { $annex_no } до угоди { $agreement_number } чекає на підпис
email-annex-ready-text = Додаткова угода № { $annex_no } до угоди { $agreement_number } (завдання «{ $task_title }») готова до підписання. Завантажте її з Granty, підпишіть і надішліть підписаний файл.
email-agreement-signed-subject = Угоду { $agreement_number } укладено
email-agreement-signed-text = Усі сторони підписали угоду { $agreement_number } про виконання публічного завдання «{ $task_title }». Завдання виконується.
email-annex-signed-subject = Додаткову угоду № { $annex_no } до угоди { $agreement_number } укладено
email-annex-signed-text = Усі сторони підписали додаткову угоду № { $annex_no } до угоди { $agreement_number } (завдання «{ $task_title }»). Змінені умови діють.
email-tranche-paid-subject = Перераховано транш гранту (угода { $agreement_number })
email-tranche-paid-text = { $paid_on } перераховано { $amount } гранту на завдання «{ $task_title }» (угода { $agreement_number }). Усього перераховано { $paid_total }.
email-agreement-unsigned-subject = Угода на завдання «{ $application_title }» досі чекає на підпис
email-agreement-unsigned-text = Угода на завдання «{ $application_title }» (конкурс «{ $call_title }») чекає на підпис з { $since }.
# --- agreement-pages ---
representatives_legend = Особи, уповноважені представляти організацію
representatives_hint = Вкажіть осіб, які можуть підписувати від імені організації, згідно з реєстром або статутом. Додайте стільки осіб, скільки вимагає спосіб представництва.
representation_rule = Спосіб представництва
representation_rule_hint = Згідно з реєстром або статутом, напр. «два члени правління спільно».
signatures_required = Кількість потрібних підписів
signatures_required_hint = Скільки з указаних осіб мають підписати договір від імені організації (від 1 до 10).
agreement_settings_title = Налаштування договорів
agreement_settings_back = Назад до адміністрування
agreement_settings_saved = Налаштування договорів збережено. Уже підготовлені договори зберігають свої умови.
agreement_settings_intro = Ці значення заповнюють договори громади. Уже підготовлені договори зберігають умови, з якими їх складено.
agreement_settings_shift_legend = Перерозподіл між статтями кошторису
agreement_settings_shift_percent = Допустиме збільшення статті кошторису (%)
agreement_settings_shift_percent_hint = На стільки стаття може зрости без додаткової угоди; зменшення дозволене завжди. Типово в Granty: 10.
agreement_settings_shift_basis = Збільшення рахується від
agreement_shift_basis_line = усієї статті кошторису
agreement_shift_basis_grant_part = частини статті, що фінансується з гранту
agreement_settings_days_legend = Строки
agreement_settings_payment_days = Строк виплати гранту після підписання (днів)
agreement_settings_payment_days_hint = Застосовується, коли транш не має власної дати (від 1 до 90).
agreement_settings_return_days = Строк повернення невикористаного гранту після дати використання (днів)
agreement_settings_return_days_hint = Не більше 15 днів (польський закон про публічні фінанси, ст. 251 ч. 3).
agreement_settings_final_report_days = Строк подання підсумкового звіту після завершення завдання (днів)
agreement_settings_final_report_days_hint = Не більше 30 днів (польський закон про громадськокорисну діяльність, ст. 18 ч. 1).
agreement_settings_document_languages = Мови документів
agreement_settings_document_languages_hint = Договори завжди складаються польською; позначте мови перекладів, які слід додати.
agreement_language_en = англійська
agreement_language_cs = чеська
agreement_language_uk = українська
agreement_settings_signatures_legend = Підписи організацій
agreement_settings_trust_anchors_pem = Довірені сертифікати (PEM)
agreement_settings_trust_anchors_pem_hint = Вставте сертифікати органів, чиї підписи приймає громада, кожен від -----BEGIN CERTIFICATE----- до -----END CERTIFICATE-----.
agreement_settings_trusted_count = Збережено довірених сертифікатів:
agreement_settings_allow_scans = Приймати скан договору, підписаного власноручно (підтверджує службовець)
agreements_title = Договори
agreements_filter = Договори за станом
agreements_none = Договорів ще немає.
agreements_link = Договори
agreement_number = Номер
agreement_grant = Сума гранту
agreement_paid = Перераховано досі
agreement_title = Договір
agreement_terminated_because = Розірвано:
agreement_terms = Умови договору
agreement_signatories = Хто підписує
agreement_edit_draft = Редагування проєкту договору
agreement_field_task_title = Назва публічного завдання
agreement_field_starts_on = Дата початку виконання
agreement_field_ends_on = Дата завершення виконання
agreement_field_use_by = Грант використати до
agreement_field_bank_account = Банківський рахунок
agreement_field_shift_percent = Допустиме збільшення статті (%)
agreement_versions = Договір і додаткові угоди
agreement_annex_reason = Підстава додаткової угоди
agreement_what_changed = Що змінилося
agreement_change_field = Положення
agreement_change_before = Було
agreement_change_after = Стало
agreement_signatures = Підписи
agreement_no_signatures = Ще не підписано.
agreement_download = Завантажити PDF
agreement_mark_ready = Передати на підписання
agreement_sign = Підписати від імені громади
agreement_signed_copy = Договір, підписаний організацією (PDF)
agreement_signed_copy_hint = Завантажте договір, підпишіть його електронно стількома представниками, скільки вимагає спосіб представництва, і надішліть підписаний файл.
agreement_upload = Надіслати підписаний договір
agreement_scan = Скан договору, підписаного власноручно (PDF)
agreement_scan_signers = Хто підписав від імені організації (одна особа в рядку)
agreement_confirm_scan = Підтвердити підписаний скан
agreement_tranches = Транші
agreement_due_on = Строк
agreement_amount = Сума
agreement_payments = Перекази
agreement_paid_on = Дата переказу
agreement_note = Примітка
agreement_no_payments = Переказів ще не зафіксовано.
agreement_record_payment = Зафіксувати переказ
agreement_cost_lines = Кошторис
agreement_annex_hint = Щоб змінити договір, введіть нові суми або нову дату завершення, вкажіть підставу та підготуйте додаткову угоду; її підписують як договір.
agreement_cost_name = Стаття витрат
agreement_new_value = Нова сума
agreement_start_annex = Підготувати додаткову угоду
agreement_terminate = Розірвати договір
agreement_terminate_reason = Причина розірвання
agreement_uploaded = Підписаний договір отримано, підписи перевірено.
agreement_scan_upload = Або скан договору, підписаного власноручно (PDF)
agreement_scan_upload_hint = Роздрукуйте договір, підпишіть його власноручно стількома представниками, скільки вимагає спосіб представництва, і відскануйте в один файл PDF. Службовець підтвердить скан.
agreement_scan_send = Надіслати скан
agreement_scan_uploaded = Скан договору отримано; він очікує підтвердження службовцем.
agreement_scan_waiting = Скан договору, підписаного власноручно, очікує підтвердження службовцем. Надіслано:
agreement_scan_download = Завантажити надісланий скан
agreement_confirm_uploaded_scan = Підтвердити надісланий скан
agreement_open = Відкрити договір
agreement_draw_up = Підготувати договір
agreement_state_draft = проєкт
agreement_state_ready = на підписанні
agreement_state_signed = підписано громадою
agreement_state_realisation = виконується
agreement_state_reporting = очікує звіту
agreement_state_settled = розраховано
agreement_state_terminated = розірвано
agreement_party_town = Громада
agreement_party_organisation = Організація
agreement_party_partner = Партнер
agreement_method_pades = електронний підпис
agreement_method_recorded = зафіксовано службовцем
agreement_method_scan = підписаний скан
agreement_version_original = Договір
agreement_version_annex = Додаткова угода
agreement_version_state_draft = проєкт
agreement_version_state_ready = на підписанні
agreement_version_state_signed = підписано
agreement_dates = Строк виконання
agreement_use_by = Грант використати до
agreement_return_by = Невикористаний грант повернути до
agreement_final_report_by = Підсумковий звіт до
agreement_own_financial = Власний фінансовий внесок
agreement_own_non_financial = Власний нефінансовий внесок
agreement_bank_account = Банківський рахунок
agreement_shift = Допустимий перерозподіл
agreement_field_town_signatory_name = Підписує від імені громади: ім'я та прізвище
agreement_field_town_signatory_function = Підписує від імені громади: посада

# --- reports ---
rule-report_not_editable = Звіт подано, і його більше не можна змінювати.
rule-report_not_due = Угода не вимагає звіту такого виду за цей період.
rule-report_grant_parts_sum = Частини витрат, оплачені з гранту, разом мають дорівнювати використаному гранту: { $grant }.
rule-grant_used_above_paid = Використаний грант не може перевищувати перерахований грант: { $paid }.
rule-document_grant_above_amount = Частина, оплачена з гранту, не може перевищувати суму документа, тобто { $amount }.
rule-documents_grant_sum = Частини документів, оплачені з гранту, разом мають дорівнювати використаному гранту: { $grant }.
# --- settlement ---
rule-interest_rate_day_not_after = Нова ставка має діяти з дня, пізнішого за { $last }.
rule-interest_rate_below_minimum = Ставка пені за прострочення ніколи не буває нижчою за 8% річних (ст. 56 § 1a Податкового кодексу Польщі).
rule-returns_unpaid = Угоду можна розрахувати лише після сплати повернень і пені: залишилося { $left }.
rule-no_returns_due = Жодного повернення дотації не встановлено: нічого сплачувати.
settlement_settings_title = Налаштування розрахунків дотацій
settlement_settings_saved = Налаштування розрахунків збережено.
settlement_settings_intro = Ці числа використовує розрахунок дотацій: строки повернень, пеня та звіти. Біля кожного поля вказано правову підставу.
settlement_settings_returns_legend = Повернення та пеня
settlement_settings_reports_legend = Звіти та контроль
settlement_settings_rates_legend = Ставки пені за прострочення
settlement_settings_days_after_finding = Днів на повернення після встановлення
settlement_settings_days_after_finding_hint = Дотація, використана не за призначенням, неналежна або отримана в надмірному розмірі (ст. 252 ч. 1 закону Польщі про публічні фінанси: 15 днів).
settlement_settings_written_call_days = Днів на подання звіту після письмової вимоги
settlement_settings_written_call_days_hint = Після їх спливу відсутність звіту означає використання дотації не за призначенням (типовий договір, § 9: 7 днів).
settlement_settings_interest_floor = Поріг пені (зл)
settlement_settings_interest_floor_hint = Пеня не нараховується, якщо не перевищує потрійної плати за рекомендований лист (ст. 54 § 1 п. 5 Податкового кодексу Польщі: 26,10 зл).
settlement_settings_keep_grant_share = Збереження частки дотації у витратах
settlement_settings_keep_grant_share_hint = Дотація понад задекларовану частку фактичних витрат повертається як отримана в надмірному розмірі (типовий договір, § 4).
settlement_settings_partial_call_days = Днів на проміжний звіт після вимоги
settlement_settings_partial_call_days_hint = Щонайменше 30 днів від вручення вимоги (ст. 18 ч. 3 закону Польщі про суспільно корисну діяльність).
settlement_settings_correction_days = Днів на виправлення звіту
settlement_settings_correction_days_hint = Скільки днів організація має на виправлення, яких просить службовець (вибір громади: 7).
settlement_settings_control_days = Днів на виконання рекомендацій за результатами контролю
settlement_settings_control_days_hint = Строк виконання рекомендацій після контролю (ст. 17 закону; типовий договір: 14 днів).
settlement_settings_documents_list = Звіти містять перелік фінансових документів
settlement_settings_documents_list_hint = Форма звіту 2018 року не містить переліку рахунків; громада може його вимагати.
settlement_settings_table_caption = Річні ставки, чинні від зазначеного дня
settlement_settings_rate_from = З дня
settlement_settings_rate = Річна ставка
settlement_settings_rate_source = Джерело
settlement_settings_rate_shipped = Granty (перевірено)
settlement_settings_rate_town = Додано громадою
settlement_settings_rates = Ставки, додані громадою
settlement_settings_rates_hint = Одна ставка в рядку: день і річна ставка у відсотках, напр. 2026-01-08 10,5. Лише після останнього дня таблиці; не нижче 8% (ст. 56 § 1a Податкового кодексу Польщі).
settlement_title = Розрахунок дотації
settlement_link = Розрахунок і повернення
settlement_back = Назад до угоди
settlement_figures = Суми розрахунку
settlement_no_report = Розрахунок з'явиться після подання фінального звіту.
settlement_amount = Сума
settlement_explanation = Пояснення
settlement_basis = Підстава
settlement_flags = Зауваження до розрахунку
settlement_lines = Заплановані та фактичні витрати
settlement_line = Позиція
settlement_planned = Заплановано
settlement_actual = Фактично
settlement_allowed = Допустимий зсув до
settlement_excess = Надмірна дотація
settlement_chart_title = Графік: заплановані та фактичні витрати за позиціями з допустимим зсувом
settlement_chart_legend_allowed = позначка: допустимий зсув
settlement_returns = Повернення
settlement_no_returns = Повернень не встановлено.
settlement_kind = Вид
settlement_due_on = Строк повернення
settlement_interest_from = Пеня з
settlement_outstanding = Залишок
settlement_interest = Пеня
settlement_interest_periods = Періоди пені
settlement_period = Період
settlement_days = Днів
settlement_rate = Ставка
settlement_principal = Основна сума
settlement_interest_below_floor = Пеня не перевищує порога: не нараховується.
settlement_payments = Сплати повернень
settlement_no_payments = Сплат не зареєстровано.
settlement_paid_on = Дата сплати
settlement_note = Примітка
settlement_totals = Підсумок повернень
settlement_to_return = До повернення
settlement_paid = Сплачено
settlement_interest_charged = Нарахована пеня
settlement_interest_paid = Сплачена пеня
settlement_left_to_pay = Залишилося сплатити
settlement_as_of = Станом на
settlement_record_payment = Зареєструвати сплату повернення
settlement_field_amount = Сума
settlement_field_paid_on = Дата сплати (РРРР-ММ-ДД)
settlement_field_note = Примітка (необов'язково)
settlement_payment_recorded = Сплату зареєстровано.
settlement_settled = Угоду розраховано.
settlement_figure_granted = Надана дотація
settlement_figure_paid = Перерахована дотація
settlement_figure_declared_used = Дотація, зазначена як використана
settlement_figure_used = Використана дотація
settlement_figure_shift_excess = Надлишок від зсувів між позиціями
settlement_figure_share_excess = Надлишок понад частку дотації
settlement_figure_excessive = Дотація, отримана в надмірному розмірі
settlement_figure_unused = Невикористана дотація
settlement_figure_other_income = Інші доходи з дотації (напр. банківські відсотки)
settlement_figure_to_return = Разом до повернення
settlement-kind-unused = невикористана дотація
settlement-kind-other_income = інші доходи та банківські відсотки
settlement-kind-misused = дотація, використана не за призначенням
settlement-kind-undue = неналежна дотація
settlement-kind-excessive = дотація, отримана в надмірному розмірі
settlement-rule-granted = Дотація, яку надає угода.
settlement-rule-paid = Сума переказів дотації організації.
settlement-rule-declared_used = Дотація, яку звіт зазначає як витрачену.
settlement-rule-used = Використана дотація: за звітом, але не більше, ніж перераховано.
settlement-rule-line_shift = Позиція витрат зросла понад допустимий зсув: надлишок — це дотація, отримана в надмірному розмірі.
settlement-rule-grant_share = Дотація понад заплановану частку фактичних витрат є надмірною.
settlement-rule-excessive = Надмірна дотація: надлишок від зсувів і понад частку дотації.
settlement-rule-unused = Дотація перерахована, але не використана.
settlement-rule-other_income = Банківські відсотки та інші доходи з дотації.
settlement-rule-to_return = Усе до повернення: невикористане, надмірне та інші доходи.
settlement-rule-unused_after_use_by = Невикористана дотація повертається протягом днів за угодою після дня використання.
settlement-rule-unused_at_year_end = Дотація, не використана до кінця бюджетного року, повертається до 31 січня наступного року.
settlement-rule-after_finding = Повернення протягом днів від встановлення.
settlement-rule-after_use_by = Якщо строк використання коротший за бюджетний рік: повернення протягом днів після дня використання.
settlement-rule-misused_from_transfer = Сума, використана не за призначенням, віднесена до переказу; пеня з дня переказу.
settlement-rule-missing_report = Відсутність звіту після письмової вимоги: уся перерахована дотація використана не за призначенням.
settlement-basis-agreement = угода про виконання публічного завдання
settlement-basis-art18_report = ст. 18 закону Польщі про суспільно корисну діяльність і форма звіту (Dz.U. 2018 поз. 2057)
settlement-basis-ufp251_1 = ст. 251 ч. 1 закону Польщі про публічні фінанси
settlement-basis-ufp251_3 = ст. 251 ч. 3 закону Польщі про публічні фінанси
settlement-basis-ufp251_5 = ст. 251 ч. 5 закону Польщі про публічні фінанси
settlement-basis-ufp252_1 = ст. 252 ч. 1 закону Польщі про публічні фінанси
settlement-basis-ufp252_2 = ст. 252 ч. 2 закону Польщі про публічні фінанси
settlement-basis-ufp252_3 = ст. 252 ч. 3 закону Польщі про публічні фінанси
settlement-basis-ufp252_5_1 = ст. 252 ч. 5 п. 1 закону Польщі про публічні фінанси
settlement-basis-ufp252_5_2 = ст. 252 ч. 5 п. 2 закону Польщі про публічні фінанси
settlement-basis-model_agreement_shift = типовий договір: допустимі зсуви між позиціями витрат
settlement-basis-model_agreement_share = типовий договір: збереження частки дотації у витратах
settlement-basis-model_agreement_reports = типовий договір, § 9: звіти
settlement-basis-model_agreement_other_income = типовий договір: повернення банківських відсотків та інших доходів
settlement-basis-kc115 = ст. 115 Цивільного кодексу Польщі: строк у вихідний переноситься на наступний робочий день
settlement-flag-planned_costs_differ_from_sources = Заплановані витрати угоди відрізняються від запланованих джерел.
settlement-flag-costs_differ_from_sources = Фактичні витрати у звіті відрізняються від фактичних джерел.
settlement-flag-grant_parts_differ_from_grant = Частки дотації в позиціях не дають у сумі зазначеної дотації.
settlement-flag-grant_part_above_line = Частка дотації більша за позицію витрат.
settlement-flag-negative_amount = Сума менша за нуль.
settlement-flag-paid_above_granted = Перераховано більше, ніж надає угода.
settlement-flag-used_above_paid = Звіт зазначає більше використаної дотації, ніж перераховано; враховується перерахована сума.
settlement-flag-grant_part_missing = Позиція не має частки дотації: зсув виміряно на всій позиції.
settlement-flag-line_above_shift = Позиція зросла понад допустимий зсув.
settlement-flag-shift_allowed_by_annex = Позиція зросла понад зсув, але це дозволила додаткова угода.
settlement-flag-grant_share_exceeded = Дотація перевищує заплановану частку фактичних витрат.
settlement-flag-other_income_to_return = Банківські відсотки та інші доходи з дотації підлягають поверненню.
settlement-input-actual = фактично
settlement-input-actual_costs = фактичні витрати
settlement-input-allowed = допустимо
settlement-input-allowed_grant = допустима дотація
settlement-input-amount = сума
settlement-input-call_deadline = строк за вимогою
settlement-input-call_delivered_on = вручення вимоги
settlement-input-costs = витрати
settlement-input-days = днів
settlement-input-declared = зазначено
settlement-input-due_on = строк повернення
settlement-input-eligible_costs = прийнятні витрати
settlement-input-ends_on = кінець завдання
settlement-input-excess = надлишок
settlement-input-found_on = день встановлення
settlement-input-grant = дотація
settlement-input-grant_after_shift = дотація після зсувів
settlement-input-granted = надано
settlement-input-lines_excess = надлишок у позиціях
settlement-input-misused_total = разом використано не за призначенням
settlement-input-other_income = інші доходи
settlement-input-over = понад допустиме
settlement-input-paid = перераховано
settlement-input-parts = частини
settlement-input-planned = заплановано
settlement-input-planned_costs = заплановані витрати
settlement-input-planned_grant = запланована дотація
settlement-input-return_days = днів на повернення
settlement-input-shift = допустимий зсув
settlement-input-sources = джерела
settlement-input-transfer = переказ
settlement-input-transfer_amount = сума переказу
settlement-input-transfer_on = день переказу
settlement-input-use_by = строк використання
settlement-input-used = використано
settlement-input-shift_excess = надлишок від зсувів
settlement-input-share_excess = надлишок понад частку
settlement-input-unused = невикористано
settlement-input-excessive = надмірна
settlement_field_state = Стан угоди
settlement_field_currency = Валюта
# --- reports ---
# --- controls-docs ---
email-control-recorded-subject = Перевірка виконання завдання (угода { $agreement_number })
email-control-recorded-text = { $held_on } проведено перевірку виконання завдання «{ $task_title }» (угода { $agreement_number }). Висновки та рекомендації — на сторінці угоди.
email-control-recorded-due = Рекомендації за результатами перевірки слід виконати до { $due }.
email-control-due-subject = На виконання рекомендацій перевірки залишилося { $when }: { $task_title }
email-control-due-text = Рекомендації за результатами перевірки завдання «{ $task_title }» (угода { $agreement_number }) слід виконати до { $due }.
control_heading = Перевірки та зберігання документів
control_retention = Документи завдання зберігаються до
control_held_on = Дата перевірки
control_scope = Обсяг перевірки
control_findings = Висновки
control_recommendations = Рекомендації за результатами перевірки
control_due = Виконати рекомендації до
control_done_on = Рекомендації виконано
control_not_done = ще ні
control_mark_done = Позначити рекомендації виконаними
control_none = Перевірок ще не проводили.
control_record = Записати перевірку
control_hint = Організацію буде повідомлено. Рекомендації слід виконати у строк, що відраховується від дня перевірки (типова угода: 14 днів).
report_kind_partial = Проміжний звіт
report_kind_called = Проміжний звіт на вимогу
report_kind_final = Підсумковий звіт
report_state_draft = готується
report_state_submitted = подано
report_state_corrections = потребує виправлень
report_state_accepted = прийнято
report_state_rejected = відхилено
report_editor_title = Звіт
report_period = Період
report_due_on = Термін подання
report_results_heading = Досягнуті результати
report_results_description = Наскільки досягнуто мети завдання, як вимірювали результати і які з них тривалі
report_result_name = Запланований результат
report_planned_value = Запланований рівень
report_achieved_value = Досягнутий рівень
report_result_source = Де це можна перевірити
report_actions_heading = Виконані дії
report_action_description = Що було зроблено
report_action_deviations = Відхилення від угоди та їх причини (обсяг, графік)
report_costs_heading = Витрати за статтями кошторису
report_line_number = №
report_line_name = Стаття витрат
report_line_planned = За угодою
report_line_year = Фактично
report_line_actual = Фактично разом
report_line_difference = Різниця
report_line_grant = З гранту
report_total = Разом
report_sources_heading = Джерела фінансування
report_source = Джерело
report_source_planned = За угодою
report_source_planned_share = Частка за угодою
report_source_actual = Фактично
report_source_actual_share = Фактична частка
report_source_grant = Грант
report_source_own_financial = Власний фінансовий внесок
report_source_own_non_financial = Власний нефінансовий внесок
report_source_own_personal = у тому числі особистий (праця волонтерів, членів)
report_source_own_in_kind = у тому числі матеріальний
report_source_participant_fees = Внески учасників
report_source_other_public_funds = Інші публічні кошти
report_grant_paid = Перерахований грант
report_other_income_heading = Інші доходи
report_bank_interest = Банківські відсотки на грант
report_other_income = Інші доходи
report_other_income_description = Що це були за інші доходи
report_contribution_heading = Особистий і матеріальний внесок, додаткова інформація
report_contribution_description = Особистий і матеріальний внесок: хто працював, що було надано
report_additional_information = Додаткова інформація
report_documents_heading = Фінансові документи
report_documents_required = Управа вимагає перелік фінансових документів: їхні частини, оплачені з гранту, мають разом дорівнювати використаному гранту.
report_documents_optional = Необов'язково: можна перелічити фінансові документи, на яких ґрунтуються витрати.
report_document_number = Номер документа
report_document_date = Дата
report_document_issuer = Виставив
report_document_cost_line = Стаття кошторису (номер)
report_document_amount = Сума
report_document_grant_part = З гранту
report_add_document = Зберегти й додати документ
report_declarations_heading = Заяви
report_declaration_status_unchanged = Правовий статус організації не змінився з дня укладення угоди.
report_declaration_information_true = Уся інформація у звіті правдива.
report_declaration_gdpr_statements_obtained = Особи, чиї дані містить звіт, були поінформовані (ст. 13 і 14 GDPR).
report_review_button = Зберегти й переглянути
report_version = Версія
report_problems_before_submit = Перш ніж звіт можна буде подати
report_ready_to_submit = Звіт повний, його можна подати.
report_edit_link = Редагувати звіт
report_submit = Подати звіт
report_submitted_notice = Звіт подано. Управа його перевірить.
report_not_opened = Не вдалося відкрити звіт
report_back_to_agreement = Назад до угоди
agreement_reports_heading = Звіти
agreement_report_start = Почати звіт
agreement_report_open = Відкрити
agreement_report_not_started = не розпочато
agreement_report_state = Стан
# --- leftovers12 ---
agreement_done_saved = Умови проєкту договору збережено.
agreement_done_ready = Договір готовий до підписання: PDF створено, організацію повідомлено.
agreement_done_signed = Договір підписано від імені громади; очікуємо підписів інших сторін.
agreement_done_paid = Переказ записано.
agreement_done_annex = Розпочато додаткову угоду: перевірте зміни й передайте її на підписання.
agreement_done_terminated = Договір розірвано.
agreement_done_scan = Підписаний скан договору підтверджено.

# --- merge: confirmations of the control steps ---
agreement_done_control = Перевірку записано; організацію повідомлено.
agreement_done_control_done = Рекомендації за результатами перевірки позначено як виконані.

# --- reports-clerk ---
rule-report_not_submitted = Розглянути можна лише поданий звіт; щодо цього вже ухвалено рішення або його не подано.
rule-partial_call_too_short = Строк проміжного звіту не може бути коротшим за { $days } днів від вручення вимоги (ст. 18 п. 3 польського закону про громадськокорисну діяльність).
rule-report_not_overdue = Письмова вимога стосується лише кінцевого звіту, строк якого минув і який не подано.
email-report-reviewed-subject-accepted = Ваш звіт прийнято (договір { $agreement_number })
email-report-reviewed-subject-corrections = Ваш звіт потребує виправлень (договір { $agreement_number })
email-report-reviewed-subject-rejected = Ваш звіт відхилено (договір { $agreement_number })
email-report-reviewed-accepted = Установа прийняла звіт про завдання «{ $task_title }» (договір { $agreement_number }).
email-report-reviewed-corrections = Установа просить виправити звіт про завдання «{ $task_title }» (договір { $agreement_number }):
email-report-reviewed-rejected = Установа відхилила звіт про завдання «{ $task_title }» (договір { $agreement_number }).
email-report-reviewed-reason = Обґрунтування:
email-report-reviewed-correct-by = Подайте виправлений звіт у Granty до { $due }.
email-report-called-subject-partial = Вимога подати проміжний звіт (договір { $agreement_number })
email-report-called-subject-final = Письмова вимога подати кінцевий звіт (договір { $agreement_number })
email-report-called-partial = Установа вимагає подати проміжний звіт про завдання «{ $task_title }» (договір { $agreement_number }) до { $due }.
email-report-called-final = Строк кінцевого звіту про завдання «{ $task_title }» (договір { $agreement_number }) минув. Подайте його до { $due }; інакше дотацію буде визнано використаною не за призначенням і вона підлягає поверненню.

# --- clerk-reports ---
clerk_reports_link = Звіти
clerk_reports_title = Звіти на перевірку
clerk_reports_filter = Фільтрувати звіти за станом
clerk_reports_call = Конкурс
clerk_reports_filter_button = Показати
clerk_reports_kind = Вид
clerk_reports_none = Немає звітів, що відповідають умовам.
clerk_reports_state_overdue = прострочений, не поданий
report_review_title = Перевірка звіту
review_open = Відкрити перевірку
review_versions_heading = Версії
review_submitted_at = Подано
review_decision_column = Рішення
review_reviewed_at = Розглянуто
review_preview_heading = Розрахунок у разі прийняття
review_preview_hint = Що вирішило б прийняття цього звіту сьогодні: кожна сума з поясненням, застосовані правила, суми до повернення та їхні строки.
review_preview_decided = Розрахунок, визначений під час прийняття звіту.
review_returns_preview = Суми до повернення
review_settlement_link = Відкрити екран розрахунку
review_comment_label = Зауваження для організації
review_comment_column = Зауваження установи
review_decision_heading = Рішення
review_decision_hint = Щоб вимагати виправлень, напишіть зауваження біля кожної частини, яку організація має виправити. Щоб відхилити, вкажіть причину.
review_field_decision = Рішення
review_field_comments = Зауваження
review_field_reason = Причина відхилення
review_reason_hint = Потрібна лише при відхиленні звіту.
review_decision_accept = Прийняти звіт
review_decision_corrections = Вимагати виправлень
review_decision_reject = Відхилити звіт
review_submit = Зберегти рішення
review_done_accepted = Звіт прийнято; організацію повідомлено.
review_done_corrections = Виправлення запитано; організація знає, що виправити.
review_done_rejected = Звіт відхилено; організацію повідомлено про причину.
report_clerk_comment = Зауваження установи
report_corrections_heading = Установа вимагає виправлень
report_corrections_due = Виправити до
report_rejected_heading = Установа відхилила звіт
agreement_calls_heading = Вимоги подати звіти
agreement_call_partial = Вимагати проміжний звіт
agreement_call_partial_hint = Строк подання звіту — щонайменше стільки днів після вручення вимоги:
agreement_call_earliest_due = при врученні сьогодні не раніше
agreement_call_delivered_on = Вимогу вручено
agreement_call_due_on = Строк подання звіту
agreement_written_call = Надіслати письмову вимогу подати підсумковий звіт
agreement_written_call_hint = Підсумковий звіт прострочено. Організація отримає на його подання днів:
agreement_written_call_sent = Письмову вимогу надіслано; підсумковий звіт слід подати до
agreement_done_called = Проміжний звіт витребувано; організацію повідомлено.
agreement_done_written_call = Письмову вимогу надіслано; організацію повідомлено.
# --- seed-track ---
track_record_agreement = Договір, звіти та повернення
track_record_attention = потребує уваги
track_record_settlement_hint = Звіти та повернення оцінено станом на сьогодні: звіт поданий вчасно, із запізненням або не поданий після строку; повернення сплачене вчасно, із запізненням і відсотками або не сплачене після строку.
track-misuse = Ухвалено повернення гранту, використаного не за призначенням (ст. 252 польського закону про публічні фінанси).
track-report-on_time = { $kind } зі строком { $due }: подано вчасно, { $filed }.
track-report-late = { $kind } зі строком { $due }: подано із запізненням на { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}, { $filed }.
track-report-not_filed = { $kind } зі строком { $due }: не подано, { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
} після строку.
track-report-corrections_overdue = { $kind } зі строком { $due }: повернуто на виправлення і не виправлено, { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
} після строку виправлень.
track-report-not_due_yet = { $kind } зі строком { $due }: строк ще не минув.
track-report-corrections = Вимог виправлень: { $count }.
track-return-paid_on_time = Повернення { $amount } ({ $kind }) зі строком { $due }: сплачено вчасно, { $paid }.
track-return-paid_late = Повернення { $amount } ({ $kind }) зі строком { $due }: сплачено із запізненням на { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}, { $paid }; нараховано відсотки { $interest }.
track-return-unpaid = Повернення { $amount } ({ $kind }) зі строком { $due }: { $outstanding } не сплачено через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
} після строку; відсотки нараховуються.
track-return-not_due_yet = Повернення { $amount } ({ $kind }) зі строком { $due }: строк ще не минув.
duties_heading = Ваші обов'язки за договорами
duties_none = Немає звітів, виправлень, повернень чи рекомендацій до виконання.
duty_overdue = Прострочено
duty_upcoming = Строк
duty_link_report = Відкрити звіт
duty_link_start_report = Почати звіт на сторінці договору
duty_link_settlement = Переглянути розрахунок і спосіб оплати
duty_link_control = Переглянути перевірку
duty_interest_running = Строк минув: відсотки нараховуються до дня оплати.
duty-file_report = Подайте: { $kind } за період { $from } – { $to }.
duty-correct_report = Виправте: { $kind } згідно із зауваженнями установи та подайте знову.
duty-pay_return = Поверніть { $amount } ({ $kind }).
duty-recommendations = Виконайте рекомендації перевірки від { $held }.
# --- report-reminders ---
settlement_settings_overdue_every_days = Через скільки днів нагадувати про прострочений звіт або повернення
settlement_settings_overdue_every_days_hint = Від дня після строку організація отримує нагадування через стільки днів, доки не подасть звіт або не поверне кошти (типово 7: щотижня).
settlement_misuse_title = Немає фінального звіту
settlement_misuse_call_ended = Строк за письмовою вимогою сплив
settlement_misuse_call_runs = Фінальний звіт ще можна подати в строк за письмовою вимогою, до
settlement_misuse_hint = Без фінального звіту вся перерахована дотація вважається використаною не за призначенням (§ 9 типового договору; ст. 252 закону Польщі про публічні фінанси): її повертають у строк, що рахується від сьогодні, з відсотками від дня кожного переказу. Після цього організація вже не може подати фінальний звіт.
settlement_misuse_button = Визнати дотацію використаною не за призначенням
settlement_misuse_recorded = Дотацію визнано використаною не за призначенням
settlement_misuse_done = Дотацію визнано використаною не за призначенням; повернення наведено нижче, організацію повідомлено.
settlement_field_report = Фінальний звіт
rule-no_written_call = Дотацію можна визнати використаною не за призначенням лише після письмової вимоги подати відсутній фінальний звіт.
rule-written_call_running = Строк за письмовою вимогою триває до { $last_day }: фінальний звіт ще може надійти.
rule-final_report_arrived = Фінальний звіт надійшов: дотацію розраховують за ним, а не як використану не за призначенням.
rule-misuse_recorded = Після письмової вимоги дотацію визнано використаною не за призначенням: фінальний звіт більше не можна подати.
email-report-kind = { $report_kind ->
        [final] Фінальний звіт
        [called] Проміжний звіт, якого вимагала установа,
       *[other] Проміжний звіт
    }
email-report-due-subject = На подання звіту залишилося { $when }: { $task_title }
email-report-due-text = { $kind } про виконання «{ $task_title }» (договір { $agreement_number }) за період { $period_from } – { $period_to } треба подати до { $due }.
email-report-overdue-subject = Строк подання звіту минув: { $task_title }
email-report-overdue-text = { $kind } про виконання «{ $task_title }» (договір { $agreement_number }) за період { $period_from } – { $period_to } треба було подати до { $due }, але його не подано. Подайте його в Granty: відсутність фінального звіту після письмової вимоги установи означає повернення дотації.
email-report-correction-due-subject = На виправлення звіту залишилося { $when }: { $task_title }
email-report-correction-due-text = { $kind } про виконання «{ $task_title }» (договір { $agreement_number }) за період { $period_from } – { $period_to } чекає на виправлення, яких просила установа. Подайте виправлений звіт до { $due }.
email-return-due-subject = На повернення коштів залишилося { $when } (договір { $agreement_number })
email-return-due-text = Поверніть { $amount } дотації на «{ $task_title }» (договір { $agreement_number }) до { $due }. За повернення після строку нараховуються відсотки як за податковою заборгованістю.
email-return-overdue-subject = Строк повернення коштів минув (договір { $agreement_number })
email-return-overdue-text = Строк повернення дотації на «{ $task_title }» (договір { $agreement_number }) минув { $due }. Залишилося сплатити: { $amount } дотації та { $interest } відсотків як за податковою заборгованістю (на сьогодні; відсотки нараховуються до дня оплати).
email-misuse-subject = Дотацію слід повернути як використану не за призначенням (договір { $agreement_number })
email-misuse-text = Фінальний звіт про виконання «{ $task_title }» (договір { $agreement_number }) не надійшов у строк за письмовою вимогою установи. Тому перераховану дотацію, { $amount }, вважають використаною не за призначенням (ст. 252 закону Польщі про публічні фінанси): поверніть її до { $due } з відсотками як за податковою заборгованістю від дня кожного переказу.
# --- settlement-pdf ---
settlement_pdf_download = Розрахунок дотації (PDF)
report_pdf_download = Звіт у поданому вигляді (PDF)

## Довідник JSON API (/api/docs).
api_docs_title = Довідник API
api_docs_intro = JSON API Granty дає іншим системам громади та інтеграторам робити те саме, що й сторінки: читати конкурси, подавати й перевіряти пропозиції, оцінювати, присуджувати гранти, підписувати договори, звітувати й розраховуватися. Ця сторінка перелічує кожну операцію; машиночитаний документ нижче описує їх повністю.
api_docs_document = Документ OpenAPI (JSON)
api_docs_base = Кожен шлях нижче починається з
api_docs_auth = Увійдіть через POST /sessions і надсилайте отриманий токен у заголовку Authorization: Bearer <token>. Кожна операція перевіряє вашу роль, громаду та організацію, як і сторінки.
api_docs_errors = Помилки надходять як application/problem+json вашою мовою: 400, 401, 403, 404, 409, 413, 415, 422 (з кожним хибним полем), 429 (зачекайте Retry-After секунд) і 503.
api_docs_contents = Групи операцій
api_docs_public = Без входу.
api_docs_request = Тіло запиту:

## Calendar feeds (issue 15): the subscription pages and the feed's events.
calendar_link = Підписка на календар
calendar_title = Підписка на календар
calendar_intro_organisation = Підпишіться на терміни своєї організації в Google Календарі, Outlook, Календарі Apple або Thunderbird: кінцеві терміни подання пропозицій у відкритих конкурсах, виправлення ваших пропозицій, підписані договори, звіти, повернення коштів і рекомендації за результатами перевірки. Календар оновлюється сам; час указано в часовому поясі громади.
calendar_intro_clerk = Підпишіться на свої терміни як службовця громади в Google Календарі, Outlook, Календарі Apple або Thunderbird: формальна перевірка, терміни оцінювання комісії та звіти, що чекають на перевірку. Календар оновлюється сам; час указано в часовому поясі громади.
calendar_private = Адреса приватна: кожен, хто її знає, може читати ці терміни без входу. Не поширюйте її поза організацією. Granty зберігає лише її відбиток, тому показує її один раз, одразу після створення. Якщо адреса витекла або пішла людина, яка її знала, створіть нову: стара одразу перестане працювати.
calendar_status = Адреса
calendar_none = Адресу підписки ще не створено.
calendar_created = Створено
calendar_renewed = Востаннє оновлено
calendar_create = Створити адресу підписки
calendar_rotate = Створити нову адресу
calendar_rotate_confirm = Я розумію, що поточна адреса одразу перестане працювати: календарі, підписані на неї, доведеться підписати знову за новою адресою.
calendar_rotate_confirm_needed = Позначте поле, щоб підтвердити, що поточна адреса перестане працювати.
calendar_url_label = Ваша адреса підписки
calendar_url_hint = Виділіть адресу та скопіюйте її до застосунку календаря. Скопіюйте її зараз: Granty показує її лише цього разу.
calendar_webcal = Відкрити в застосунку календаря
calendar_created_notice = Адреса підписки готова.
calendar_rotated_notice = Нова адреса підписки готова. Попередня більше не працює.
calendar_how_title = Як підписатися
calendar_how_google = Google Календар: Інші календарі, +, За URL-адресою, потім вставте адресу.
calendar_how_outlook = Outlook: Додати календар, Підписатися з Інтернету, потім вставте адресу.
calendar_how_apple = Календар Apple: Файл, Нова підписка на календар, потім вставте адресу.
calendar-name-organisation = Granty ({ $town }): { $owner }
calendar-name-clerk = Granty ({ $town }): службовець { $owner }
calendar-event-offers_deadline = Кінцевий термін подання пропозицій: { $call }
calendar-event-offers_deadline-text = Пропозиції в конкурсі «{ $call }» приймаються до { $deadline }.
calendar-event-offers_deadline-draft = Ваша чернетка «{ $title }» ще не подана.
calendar-event-correction_due = Термін виправлень: { $title }
calendar-event-correction_due-text = Формальна перевірка пропозиції «{ $title }» (конкурс «{ $call }») вимагає виправлень. Подайте виправлену пропозицію до { $deadline }.
calendar-event-agreement_signed = Договір { $number } підписано
calendar-event-agreement_signed-text = Договір { $number } щодо завдання «{ $task }» підписали всі сторони; останній підпис: { $when }.
calendar-event-report_due = { $kind } – термін: { $task }
calendar-event-report_due-text = { $kind } щодо завдання «{ $task }» (договір { $number }) за період { $from } – { $to } треба подати до { $deadline }.
calendar-event-report_correction_due = Термін виправлень звіту: { $task }
calendar-event-report_correction_due-text = Установа попросила виправити документ: { $kind } щодо завдання «{ $task }» (договір { $number }). Подайте виправлений звіт до { $deadline }.
calendar-event-return_due = Термін повернення коштів (договір { $number })
calendar-event-return_due-text = Поверніть { $amount } ({ $kind }) гранту на завдання «{ $task }» (договір { $number }) до { $deadline }. За повернення після терміну нараховуються відсотки як за податковою заборгованістю.
calendar-event-recommendations_due = Термін виконання рекомендацій перевірки (договір { $number })
calendar-event-recommendations_due-text = Виконайте рекомендації перевірки від { $held } (договір { $number }, «{ $task }») до { $deadline }.
calendar-event-formal_check_due = Термін формальної перевірки: { $call }
calendar-event-formal_check_due-text = Завершіть формальну перевірку пропозицій у конкурсі «{ $call }» до { $deadline }. { $pending ->
        [0] Зараз на неї не чекає жодна пропозиція.
        [one] На неї чекає { $pending } пропозиція.
        [few] На неї чекають { $pending } пропозиції.
       *[other] На неї чекає { $pending } пропозицій.
    }
calendar-event-scoring_deadline = Термін оцінювання комісії: { $call }
calendar-event-scoring_deadline-text = Оцінювальні картки комісії в конкурсі «{ $call }» треба подати до { $deadline }.
calendar-event-report_awaiting_review = Звіт на перевірку (договір { $number })
calendar-event-report_awaiting_review-text = { $kind } щодо завдання «{ $task }» (договір { $number }) подано { $when }; він чекає на вашу перевірку.
