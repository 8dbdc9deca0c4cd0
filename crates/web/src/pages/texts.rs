//! The interface's words in Polish, English, Czech and Ukrainian. Every entry has all four by
//! construction, so no page can miss a translation.

use granty_domain::Language;
use std::collections::BTreeMap;

/// (key, [pl, en, cs, uk])
const TEXTS: &[(&str, [&str; 4])] = &[
    (
        "skip_to_content",
        [
            "Przejdź do treści",
            "Skip to content",
            "Přejít na obsah",
            "Перейти до змісту",
        ],
    ),
    ("language", ["Język", "Language", "Jazyk", "Мова"]),
    (
        "log_in",
        ["Zaloguj się", "Log in", "Přihlásit se", "Увійти"],
    ),
    (
        "log_out",
        ["Wyloguj się", "Log out", "Odhlásit se", "Вийти"],
    ),
    (
        "login_title",
        [
            "Logowanie do Granty",
            "Log in to Granty",
            "Přihlášení do Granty",
            "Вхід до Granty",
        ],
    ),
    (
        "tenant",
        [
            "Gmina (identyfikator)",
            "Municipality (identifier)",
            "Obec (identifikátor)",
            "Громада (ідентифікатор)",
        ],
    ),
    (
        "tenant_hint",
        [
            "Na przykład: demo",
            "For example: demo",
            "Například: demo",
            "Наприклад: demo",
        ],
    ),
    (
        "email",
        [
            "Adres e-mail",
            "Email address",
            "E-mailová adresa",
            "Електронна пошта",
        ],
    ),
    ("password", ["Hasło", "Password", "Heslo", "Пароль"]),
    (
        "login_failed",
        [
            "Nie udało się zalogować: sprawdź gminę, adres e-mail i hasło.",
            "We could not log you in: check the municipality, email address and password.",
            "Přihlášení se nezdařilo: zkontrolujte obec, e-mail a heslo.",
            "Не вдалося увійти: перевірте громаду, електронну пошту та пароль.",
        ],
    ),
    (
        "form_expired",
        [
            "Formularz wygasł. Spróbuj ponownie.",
            "The form expired. Please try again.",
            "Platnost formuláře vypršela. Zkuste to znovu.",
            "Термін дії форми минув. Спробуйте ще раз.",
        ],
    ),
    (
        "there_is_a_problem",
        [
            "Wystąpił problem",
            "There is a problem",
            "Vyskytl se problém",
            "Виникла проблема",
        ],
    ),
    (
        "notifications_title",
        [
            "Powiadomienia e-mail",
            "Email notifications",
            "E-mailová oznámení",
            "Сповіщення електронною поштою",
        ],
    ),
    (
        "notifications_intro",
        [
            "Wiadomości wysłane i oczekujące w kolejce. Nieudane wysyłki pokazują przyczynę.",
            "Messages sent and waiting in the queue. Failed deliveries show the reason.",
            "Odeslané zprávy a zprávy ve frontě. U neúspěšných je uveden důvod.",
            "Надіслані повідомлення та ті, що в черзі. Для невдалих показано причину.",
        ],
    ),
    ("filter_all", ["Wszystkie", "All", "Vše", "Усі"]),
    (
        "status_queued",
        ["w kolejce", "queued", "ve frontě", "у черзі"],
    ),
    (
        "status_sending",
        ["wysyłana", "sending", "odesílá se", "надсилається"],
    ),
    ("status_sent", ["wysłana", "sent", "odesláno", "надіслано"]),
    (
        "status_retrying",
        ["ponawiana", "retrying", "opakuje se", "повторюється"],
    ),
    (
        "status_failed",
        ["nieudana", "failed", "selhalo", "не вдалося"],
    ),
    (
        "col_created",
        ["Utworzono", "Created", "Vytvořeno", "Створено"],
    ),
    ("col_kind", ["Rodzaj", "Kind", "Druh", "Вид"]),
    (
        "col_recipient",
        ["Odbiorca", "Recipient", "Příjemce", "Одержувач"],
    ),
    ("col_status", ["Stan", "Status", "Stav", "Стан"]),
    ("col_attempts", ["Próby", "Attempts", "Pokusy", "Спроби"]),
    ("col_sent", ["Wysłano", "Sent", "Odesláno", "Надіслано"]),
    (
        "col_error",
        ["Przyczyna błędu", "Error", "Důvod chyby", "Причина помилки"],
    ),
    (
        "no_notifications",
        [
            "Brak wiadomości.",
            "No messages.",
            "Žádné zprávy.",
            "Повідомлень немає.",
        ],
    ),
    (
        "kind_application_submitted",
        [
            "potwierdzenie złożenia",
            "submission receipt",
            "potvrzení podání",
            "підтвердження подання",
        ],
    ),
    (
        "kind_correction_requested",
        [
            "wezwanie do uzupełnienia",
            "correction request",
            "výzva k doplnění",
            "вимога виправити",
        ],
    ),
    (
        "kind_formally_accepted",
        [
            "ocena formalna pozytywna",
            "formally accepted",
            "formálně v pořádku",
            "формально прийнято",
        ],
    ),
    (
        "kind_formally_rejected",
        [
            "odrzucenie formalne",
            "formally rejected",
            "formálně vyřazeno",
            "формально відхилено",
        ],
    ),
    (
        "kind_reminder_draft_deadline",
        [
            "przypomnienie o terminie",
            "deadline reminder",
            "připomínka termínu",
            "нагадування про термін",
        ],
    ),
    (
        "kind_reminder_correction_due",
        [
            "przypomnienie o uzupełnieniu",
            "correction reminder",
            "připomínka doplnění",
            "нагадування про виправлення",
        ],
    ),
    (
        "signed_in",
        ["Zalogowano", "Signed in", "Přihlášeno", "Ви увійшли"],
    ),
    (
        "signed_in_as",
        [
            "Jesteś zalogowany jako",
            "You are signed in as",
            "Jste přihlášeni jako",
            "Ви увійшли як",
        ],
    ),
    (
        "admin_only",
        [
            "Ta strona jest dostępna dla administratora gminy.",
            "This page is for the municipality's administrator.",
            "Tato stránka je určena správci obce.",
            "Ця сторінка доступна адміністраторові громади.",
        ],
    ),
    (
        "calls_title",
        [
            "Konkursy ofert",
            "Calls for proposals",
            "Dotační výzvy",
            "Конкурси проєктів",
        ],
    ),
    (
        "calls_open",
        [
            "Trwa nabór",
            "Open now",
            "Příjem žádostí probíhá",
            "Триває прийом",
        ],
    ),
    (
        "calls_upcoming",
        ["Zapowiedziane", "Coming up", "Připravované", "Заплановані"],
    ),
    (
        "calls_closed",
        ["Zakończone", "Closed", "Ukončené", "Завершені"],
    ),
    (
        "no_calls",
        [
            "Brak konkursów.",
            "No calls.",
            "Žádné výzvy.",
            "Конкурсів немає.",
        ],
    ),
    (
        "deadline",
        [
            "Termin składania ofert",
            "Deadline for offers",
            "Termín podání žádostí",
            "Кінцевий термін подання",
        ],
    ),
    (
        "opens",
        [
            "Początek naboru",
            "Submissions open",
            "Začátek příjmu žádostí",
            "Початок прийому",
        ],
    ),
    (
        "budget",
        [
            "Pula środków",
            "Funds available",
            "Objem prostředků",
            "Обсяг коштів",
        ],
    ),
    ("state", ["Stan", "Status", "Stav", "Стан"]),
    (
        "time_left",
        [
            "Do końca naboru zostało",
            "Time left",
            "Do konce zbývá",
            "До завершення залишилося",
        ],
    ),
    (
        "grant_range",
        [
            "Kwota dotacji na ofertę",
            "Grant per offer",
            "Výše dotace na žádost",
            "Сума гранту на заявку",
        ],
    ),
    (
        "own_contribution",
        [
            "Wymagany wkład własny",
            "Required own contribution",
            "Požadovaný vlastní podíl",
            "Необхідний власний внесок",
        ],
    ),
    (
        "financial",
        ["finansowy", "financial", "finanční", "фінансовий"],
    ),
    (
        "non_financial",
        [
            "niefinansowy",
            "non-financial",
            "nefinanční",
            "нефінансовий",
        ],
    ),
    (
        "admin_cap",
        [
            "Limit kosztów administracyjnych",
            "Administrative costs at most",
            "Limit administrativních nákladů",
            "Ліміт адміністративних витрат",
        ],
    ),
    (
        "realisation",
        [
            "Termin realizacji zadania",
            "Task period",
            "Období realizace",
            "Термін реалізації",
        ],
    ),
    (
        "correction_days",
        [
            "Dni na uzupełnienie braków formalnych",
            "Days to correct formal deficiencies",
            "Dní na doplnění formálních nedostatků",
            "Днів на виправлення формальних недоліків",
        ],
    ),
    ("description", ["Opis", "Description", "Popis", "Опис"]),
    (
        "criteria",
        [
            "Kryteria oceny",
            "Evaluation criteria",
            "Hodnoticí kritéria",
            "Критерії оцінювання",
        ],
    ),
    (
        "criterion",
        ["Kryterium", "Criterion", "Kritérium", "Критерій"],
    ),
    ("points", ["Punkty", "Points", "Body", "Бали"]),
    (
        "max_points",
        [
            "najwyżej punktów",
            "maximum points",
            "nejvýše bodů",
            "максимум балів",
        ],
    ),
    (
        "required_attachments",
        [
            "Wymagane załączniki",
            "Required attachments",
            "Povinné přílohy",
            "Обов'язкові додатки",
        ],
    ),
    ("none", ["Brak.", "None.", "Žádné.", "Немає."]),
    (
        "cancel_reason",
        [
            "Przyczyna unieważnienia",
            "Reason for cancellation",
            "Důvod zrušení",
            "Причина скасування",
        ],
    ),
    (
        "not_found",
        [
            "Nie znaleziono strony",
            "Page not found",
            "Stránka nenalezena",
            "Сторінку не знайдено",
        ],
    ),
    (
        "not_found_text",
        [
            "Sprawdź adres lub wróć do listy konkursów.",
            "Check the address or go back to the list of calls.",
            "Zkontrolujte adresu nebo se vraťte na seznam výzev.",
            "Перевірте адресу або поверніться до списку конкурсів.",
        ],
    ),
    ("register_title", ["Załóż konto organizacji", "Create an account for your organisation", "Založte účet organizace", "Створіть обліковий запис організації"]),
    ("register_intro", ["Konto pozwala składać oferty w konkursach tej gminy.", "An account lets you file offers in this municipality's calls.", "Účet umožňuje podávat žádosti do výzev této obce.", "Обліковий запис дає змогу подавати заявки на конкурси цієї громади."]),
    ("register_submit", ["Załóż konto", "Create account", "Založit účet", "Створити обліковий запис"]),
    ("have_account", ["Masz już konto? Zaloguj się", "Already have an account? Log in", "Už máte účet? Přihlaste se", "Уже маєте обліковий запис? Увійдіть"]),
    ("display_name", ["Imię i nazwisko", "Full name", "Jméno a příjmení", "Ім'я та прізвище"]),
    ("password_again", ["Powtórz hasło", "Repeat the password", "Zopakujte heslo", "Повторіть пароль"]),
    ("password_hint", ["Co najmniej 10 znaków.", "At least 10 characters.", "Alespoň 10 znaků.", "Щонайменше 10 символів."]),
    ("email_taken", ["Ten adres e-mail ma już konto: zaloguj się lub ustaw nowe hasło.", "This email address already has an account: log in or set a new password.", "Tato adresa už má účet: přihlaste se nebo si nastavte nové heslo.", "Ця адреса вже має обліковий запис: увійдіть або встановіть новий пароль."]),
    ("check_inbox", ["Sprawdź skrzynkę e-mail", "Check your inbox", "Zkontrolujte e-mailovou schránku", "Перевірте поштову скриньку"]),
    ("check_inbox_text", ["Wysłaliśmy link potwierdzający. Otwórz go w ciągu 48 godzin, aby aktywować konto.", "We sent a confirmation link. Open it within 48 hours to activate your account.", "Poslali jsme potvrzovací odkaz. Otevřete jej do 48 hodin a aktivujte účet.", "Ми надіслали посилання для підтвердження. Відкрийте його протягом 48 годин, щоб активувати обліковий запис."]),
    ("email_confirmed", ["Adres e-mail potwierdzony", "Email address confirmed", "E-mailová adresa potvrzena", "Адресу підтверджено"]),
    ("email_confirmed_text", ["Możesz się teraz zalogować.", "You can log in now.", "Nyní se můžete přihlásit.", "Тепер ви можете увійти."]),
    ("link_expired", ["Link jest nieważny", "The link is no longer valid", "Odkaz už neplatí", "Посилання недійсне"]),
    ("link_expired_text", ["Link wygasł albo został już użyty. Poproś o nowy.", "The link has expired or was already used. Ask for a new one.", "Platnost odkazu vypršela nebo už byl použit. Požádejte o nový.", "Термін дії посилання минув або його вже використано. Попросіть нове."]),
    ("email_not_confirmed", ["Potwierdź najpierw adres e-mail: link wysłaliśmy na Twoją skrzynkę.", "Confirm your email address first: we sent the link to your inbox.", "Nejprve potvrďte e-mailovou adresu: odkaz jsme poslali do vaší schránky.", "Спершу підтвердьте адресу: посилання ми надіслали на вашу скриньку."]),
    ("reset_title", ["Nie pamiętasz hasła?", "Forgot your password?", "Zapomněli jste heslo?", "Забули пароль?"]),
    ("reset_intro", ["Podaj adres e-mail konta, a wyślemy link do ustawienia nowego hasła.", "Give your account's email address and we will send a link to set a new password.", "Zadejte e-mail účtu a pošleme odkaz pro nastavení nového hesla.", "Вкажіть адресу облікового запису, і ми надішлемо посилання для нового пароля."]),
    ("reset_submit", ["Wyślij link", "Send the link", "Poslat odkaz", "Надіслати посилання"]),
    ("reset_sent_text", ["Jeśli ten adres ma konto w tej gminie, wysłaliśmy na niego link. Jest ważny 2 godziny.", "If this address has an account in this municipality, we sent it a link. It is valid for 2 hours.", "Pokud má tato adresa účet v této obci, poslali jsme na ni odkaz. Platí 2 hodiny.", "Якщо ця адреса має обліковий запис у цій громаді, ми надіслали на неї посилання. Воно дійсне 2 години."]),
    ("new_password_title", ["Ustaw nowe hasło", "Set a new password", "Nastavte nové heslo", "Встановіть новий пароль"]),
    ("new_password_intro", ["Po zmianie hasła zalogujesz się ponownie na wszystkich urządzeniach.", "After the change you will log in again on every device.", "Po změně se znovu přihlásíte na všech zařízeních.", "Після зміни ви знову ввійдете на всіх пристроях."]),
    ("new_password_submit", ["Zapisz hasło", "Save the password", "Uložit heslo", "Зберегти пароль"]),
    ("password_changed", ["Hasło zmienione", "Password changed", "Heslo změněno", "Пароль змінено"]),
    ("go_to_login", ["Przejdź do logowania", "Go to the login page", "Přejít na přihlášení", "Перейти до входу"]),
    ("forgot_password", ["Nie pamiętasz hasła?", "Forgot your password?", "Zapomněli jste heslo?", "Забули пароль?"]),
    ("create_account", ["Załóż konto organizacji", "Create an account for your organisation", "Založit účet organizace", "Створити обліковий запис організації"]),
    ("dashboard_title", ["Moje oferty", "My offers", "Moje žádosti", "Мої заявки"]),
    ("my_organisations", ["Moje organizacje", "My organisations", "Moje organizace", "Мої організації"]),
    ("no_organisation", ["Nie masz jeszcze organizacji. Dodaj ją, aby składać oferty.", "You have no organisation yet. Add it to file offers.", "Zatím nemáte organizaci. Přidejte ji, abyste mohli podávat žádosti.", "У вас ще немає організації. Додайте її, щоб подавати заявки."]),
    ("add_organisation", ["Dodaj organizację", "Add an organisation", "Přidat organizaci", "Додати організацію"]),
    ("edit_profile", ["Edytuj dane", "Edit details", "Upravit údaje", "Редагувати дані"]),
    ("my_applications", ["Oferty moich organizacji", "My organisations' offers", "Žádosti mých organizací", "Заявки моїх організацій"]),
    ("no_applications", ["Nie ma jeszcze żadnych ofert.", "There are no offers yet.", "Zatím žádné žádosti.", "Заявок ще немає."]),
    ("see_calls", ["Zobacz konkursy", "See the calls", "Zobrazit výzvy", "Переглянути конкурси"]),
    ("offer", ["Oferta", "Offer", "Žádost", "Заявка"]),
    ("call", ["Konkurs", "Call", "Výzva", "Конкурс"]),
    ("next_step", ["Co dalej", "Next step", "Další krok", "Наступний крок"]),
    ("next_draft", ["Uzupełnij i złóż ofertę do", "Complete and submit by", "Doplňte a podejte do", "Заповніть і подайте до"]),
    ("next_correction", ["Popraw braki do", "Correct the deficiencies by", "Opravte nedostatky do", "Виправте недоліки до"]),
    ("next_wait", ["Oferta czeka na ocenę urzędu.", "The office is assessing the offer.", "Úřad žádost posuzuje.", "Заявка очікує на оцінку."]),
    ("next_none", ["Nic do zrobienia.", "Nothing to do.", "Nic k vyřízení.", "Нічого робити не потрібно."]),
    ("next_late", ["Termin minął.", "The deadline has passed.", "Termín uplynul.", "Термін минув."]),
    ("organisation_new", ["Nowa organizacja", "New organisation", "Nová organizace", "Нова організація"]),
    ("organisation_edit", ["Dane organizacji", "Organisation details", "Údaje organizace", "Дані організації"]),
    ("legal_form", ["Forma prawna", "Legal form", "Právní forma", "Організаційно-правова форма"]),
    ("org_name", ["Nazwa organizacji", "Name of the organisation", "Název organizace", "Назва організації"]),
    ("krs", ["Numer KRS", "KRS number", "Číslo KRS", "Номер KRS"]),
    ("krs_hint", ["Nie dotyczy stowarzyszeń zwykłych i kół gospodyń wiejskich.", "Not needed for simple associations and rural women's circles.", "Netýká se prostých spolků a venkovských ženských kroužků.", "Не стосується простих об'єднань і сільських жіночих гуртків."]),
    ("nip", ["NIP", "NIP (tax number)", "NIP (daňové číslo)", "NIP (податковий номер)"]),
    ("regon", ["REGON", "REGON (statistical number)", "REGON (statistické číslo)", "REGON (статистичний номер)"]),
    ("street", ["Ulica i numer", "Street and number", "Ulice a číslo", "Вулиця і номер"]),
    ("postal_code", ["Kod pocztowy", "Postal code", "PSČ", "Поштовий індекс"]),
    ("city", ["Miejscowość", "Town", "Obec", "Населений пункт"]),
    ("phone", ["Telefon", "Phone", "Telefon", "Телефон"]),
    ("bank_account", ["Numer rachunku bankowego (IBAN)", "Bank account (IBAN)", "Číslo bankovního účtu (IBAN)", "Номер банківського рахунку (IBAN)"]),
    ("representative_name", ["Osoba reprezentująca: imię i nazwisko", "Representative: full name", "Zástupce: jméno a příjmení", "Представник: ім'я та прізвище"]),
    ("representative_function", ["Osoba reprezentująca: funkcja", "Representative: function", "Zástupce: funkce", "Представник: посада"]),
    ("save", ["Zapisz", "Save", "Uložit", "Зберегти"]),
    ("saved_elsewhere", ["Ktoś zapisał te dane w międzyczasie. Poniżej są Twoje zmiany; zapisz je ponownie, aby zastąpić tamte.", "Someone saved these details in the meantime. Your changes are below; save again to replace theirs.", "Někdo mezitím údaje uložil. Níže jsou vaše změny; uložte je znovu, abyste je nahradili.", "Хтось тим часом зберіг ці дані. Нижче ваші зміни; збережіть ще раз, щоб замінити їх."]),
    ("clerk_calls_title", ["Konkursy gminy", "The municipality's calls", "Výzvy obce", "Конкурси громади"]),
    ("submissions", ["Złożone oferty", "Submitted offers", "Podané žádosti", "Подані заявки"]),
    ("sort_by", ["Sortuj według", "Sort by", "Řadit podle", "Сортувати за"]),
    ("apply_filter", ["Pokaż", "Show", "Zobrazit", "Показати"]),
    ("receipt", ["Numer potwierdzenia", "Receipt number", "Číslo potvrzení", "Номер підтвердження"]),
    ("applicant", ["Oferent", "Applicant", "Žadatel", "Заявник"]),
    ("requested_grant", ["Wnioskowana dotacja", "Requested grant", "Požadovaná dotace", "Запитаний грант"]),
    ("sort_receipt", ["kolejności złożenia", "order of submission", "pořadí podání", "порядком подання"]),
    ("sort_grant", ["kwoty dotacji (malejąco)", "grant (largest first)", "výše dotace (sestupně)", "сумою гранту (за спаданням)"]),
    ("sort_applicant", ["nazwy oferenta", "applicant's name", "názvu žadatele", "назвою заявника"]),
    ("formal_check", ["Ocena formalna", "Formal check", "Formální kontrola", "Формальна перевірка"]),
    ("submitted_at", ["Złożono", "Submitted", "Podáno", "Подано"]),
    ("total_costs", ["Koszty ogółem", "Total costs", "Celkové náklady", "Загальні витрати"]),
    ("correction_due", ["Termin uzupełnienia", "Correction due", "Termín doplnění", "Термін виправлення"]),
    ("automatic_checks", ["Sprawdzenie automatyczne", "Automatic checks", "Automatická kontrola", "Автоматична перевірка"]),
    ("no_problems", ["Oferta spełnia wszystkie warunki sprawdzane automatycznie.", "The offer meets every automatically checked condition.", "Žádost splňuje všechny automaticky kontrolované podmínky.", "Заявка відповідає всім автоматично перевіреним умовам."]),
    ("attachments", ["Załączniki", "Attachments", "Přílohy", "Додатки"]),
    ("earlier_checks", ["Wcześniejsze oceny", "Earlier checks", "Dřívější kontroly", "Попередні перевірки"]),
    ("decision", ["Decyzja", "Decision", "Rozhodnutí", "Рішення"]),
    ("outcome", ["Wynik oceny formalnej", "Outcome of the formal check", "Výsledek formální kontroly", "Результат формальної перевірки"]),
    ("outcome_accepted", ["oferta poprawna formalnie", "formally correct", "formálně v pořádku", "формально правильна"]),
    ("outcome_needs_correction", ["wezwanie do uzupełnienia braków", "ask for corrections", "výzva k doplnění", "вимога виправити недоліки"]),
    ("outcome_rejected", ["odrzucenie z przyczyn formalnych", "reject on formal grounds", "vyřadit z formálních důvodů", "відхилити з формальних причин"]),
    ("deficiencies", ["Braki do uzupełnienia", "Deficiencies to correct", "Nedostatky k doplnění", "Недоліки для виправлення"]),
    ("deficiencies_hint", ["Każdy brak w osobnym wierszu. Oferent dostanie je e-mailem z terminem.", "One per line. The applicant receives them by email with the deadline.", "Každý na samostatný řádek. Žadatel je dostane e-mailem s termínem.", "Кожен з нового рядка. Заявник отримає їх електронною поштою з терміном."]),
    ("reason", ["Uzasadnienie", "Reason", "Odůvodnění", "Обґрунтування"]),
    ("save_decision", ["Zapisz decyzję", "Save the decision", "Uložit rozhodnutí", "Зберегти рішення"]),
    ("choose_outcome", ["Wybierz wynik oceny formalnej.", "Choose the outcome of the formal check.", "Vyberte výsledek formální kontroly.", "Виберіть результат формальної перевірки."]),
    ("own_contribution_actual", ["Wkład własny", "Own contribution", "Vlastní podíl", "Власний внесок"]),
    ("new_call", ["Nowy konkurs", "New call", "Nová výzva", "Новий конкурс"]),
    ("publish", ["Opublikuj", "Publish", "Zveřejnit", "Опублікувати"]),
    ("confirm_short_deadline", ["termin krótszy niż 21 dni: potwierdzam", "deadline under 21 days: I confirm", "lhůta kratší než 21 dní: potvrzuji", "термін менше 21 дня: підтверджую"]),
    ("published_notice", ["Konkurs opublikowany.", "The call is published.", "Výzva je zveřejněna.", "Конкурс опубліковано."]),
    ("call_title", ["Tytuł konkursu", "Title of the call", "Název výzvy", "Назва конкурсу"]),
    ("task_area", ["Rodzaj zadania publicznego", "Type of public task", "Druh veřejné úlohy", "Вид публічного завдання"]),
    ("min_grant", ["Najniższa dotacja na ofertę", "Smallest grant per offer", "Nejnižší dotace na žádost", "Мінімальний грант на заявку"]),
    ("max_grant", ["Najwyższa dotacja na ofertę", "Largest grant per offer", "Nejvyšší dotace na žádost", "Максимальний грант на заявку"]),
    ("min_own_contribution", ["Wymagany wkład własny (%)", "Required own contribution (%)", "Požadovaný vlastní podíl (%)", "Необхідний власний внесок (%)"]),
    ("admin_cost_cap", ["Limit kosztów administracyjnych (%)", "Cap on administrative costs (%)", "Limit administrativních nákladů (%)", "Ліміт адміністративних витрат (%)"]),
    ("opens_at", ["Początek naboru (czas lokalny)", "Submissions open (local time)", "Začátek příjmu (místní čas)", "Початок прийому (місцевий час)"]),
    ("deadline_local", ["Termin składania ofert (czas lokalny)", "Deadline (local time)", "Termín podání (místní čas)", "Кінцевий термін (місцевий час)"]),
    ("realisation_start", ["Realizacja zadania od", "Task period from", "Realizace od", "Реалізація з"]),
    ("realisation_end", ["Realizacja zadania do", "Task period until", "Realizace do", "Реалізація до"]),
    ("required_attachments_hint", ["Każdy wymagany załącznik w osobnym wierszu.", "One required attachment per line.", "Každou povinnou přílohu na samostatný řádek.", "Кожен обов'язковий додаток з нового рядка."]),
    ("amount_hint", ["Kwota w złotych, np. 150000 lub 150 000,00.", "An amount, e.g. 150000 or 150,000.00.", "Částka, např. 150000 nebo 150 000,00.", "Сума, наприклад 150000 або 150 000,00."]),
    ("save_draft_call", ["Zapisz projekt konkursu", "Save the draft call", "Uložit návrh výzvy", "Зберегти проєкт конкурсу"]),
    ("time_not_in_zone", ["Ta godzina nie istnieje w tym dniu (zmiana czasu). Wybierz inną.", "This time does not exist on that day (clock change). Choose another.", "Tento čas v daný den neexistuje (změna času). Zvolte jiný.", "Цього часу в цей день не існує (перехід на інший час). Виберіть інший."]),
    ("editor_title", ["Oferta realizacji zadania publicznego", "Offer for a public task", "Žádost o dotaci", "Заявка на виконання публічного завдання"]),
    ("before_submitting", ["Do uzupełnienia przed złożeniem", "To complete before submitting", "K doplnění před podáním", "Потрібно заповнити перед поданням"]),
    ("section_task", ["Opis zadania", "The task", "Popis úlohy", "Опис завдання"]),
    ("section_schedule", ["Harmonogram działań", "Schedule of actions", "Harmonogram činností", "Графік заходів"]),
    ("section_results", ["Zakładane rezultaty", "Expected results", "Očekávané výsledky", "Очікувані результати"]),
    ("section_costs", ["Kalkulacja kosztów", "Cost estimate", "Rozpočet nákladů", "Кошторис"]),
    ("section_sources", ["Źródła finansowania", "Sources of funding", "Zdroje financování", "Джерела фінансування"]),
    ("section_declarations", ["Oświadczenia", "Declarations", "Prohlášení", "Декларації"]),
    ("no", ["Lp.", "No.", "Č.", "№"]),
    ("action_name", ["Nazwa działania", "Action", "Název činnosti", "Назва заходу"]),
    ("from", ["Od", "From", "Od", "З"]),
    ("until", ["Do", "Until", "Do", "До"]),
    ("performer", ["Kto realizuje", "Carried out by", "Kdo realizuje", "Хто виконує"]),
    ("result_name", ["Rezultat", "Result", "Výsledek", "Результат"]),
    ("planned_value", ["Wartość docelowa", "Target value", "Cílová hodnota", "Цільове значення"]),
    ("monitoring", ["Sposób monitorowania", "How it is measured", "Způsob sledování", "Спосіб моніторингу"]),
    ("costs_hint", ["Wartości i sumy liczy system. Podaj numer działania z harmonogramu dla kosztów działań.", "Granty computes values and sums. For action costs give the action's number from the schedule.", "Hodnoty a součty počítá systém. U nákladů činností uveďte číslo činnosti z harmonogramu.", "Значення й суми обчислює система. Для витрат на заходи вкажіть номер заходу з графіка."]),
    ("cost_kind", ["Rodzaj", "Kind", "Druh", "Вид"]),
    ("action_no", ["Nr działania", "Action no.", "Č. činnosti", "№ заходу"]),
    ("cost_name", ["Rodzaj kosztu", "Cost", "Druh nákladu", "Вид витрат"]),
    ("unit", ["Jednostka", "Unit", "Jednotka", "Одиниця"]),
    ("unit_cost", ["Koszt jednostkowy", "Unit cost", "Jednotková cena", "Вартість одиниці"]),
    ("quantity", ["Liczba jednostek", "Quantity", "Počet jednotek", "Кількість"]),
    ("value", ["Wartość", "Value", "Hodnota", "Вартість"]),
    ("cost_action", ["koszt działania", "action cost", "náklad činnosti", "витрати на захід"]),
    ("cost_admin", ["koszt administracyjny", "administrative cost", "administrativní náklad", "адміністративні витрати"]),
    ("remuneration", ["Zadanie będzie realizowane", "The task will be carried out", "Úloha bude realizována", "Завдання буде виконуватися"]),
    ("unpaid", ["nieodpłatnie", "free of charge", "bezplatně", "безоплатно"]),
    ("paid", ["odpłatnie", "for a fee", "za úplatu", "платно"]),
    ("no_arrears", ["nie zalegamy", "no arrears", "nemáme nedoplatky", "заборгованості немає"]),
    ("has_arrears", ["zalegamy", "we have arrears", "máme nedoplatky", "маємо заборгованість"]),
    ("tax_arrears", ["Zaległości podatkowe", "Tax arrears", "Daňové nedoplatky", "Податкова заборгованість"]),
    ("zus_arrears", ["Zaległości w składkach na ubezpieczenia społeczne", "Social security arrears", "Nedoplatky na sociálním pojištění", "Заборгованість зі соціальних внесків"]),
    ("decl_public_benefit_only", ["Zadanie realizujemy wyłącznie w ramach działalności pożytku publicznego.", "We carry out the task only within our public-benefit activity.", "Úlohu realizujeme výhradně v rámci veřejně prospěšné činnosti.", "Завдання виконуємо лише в межах суспільно корисної діяльності."]),
    ("decl_fees", ["Świadczenia pobieramy wyłącznie w ramach odpłatnej działalności pożytku publicznego.", "We charge fees only within paid public-benefit activity.", "Poplatky vybíráme jen v rámci úplatné veřejně prospěšné činnosti.", "Плату стягуємо лише в межах платної суспільно корисної діяльності."]),
    ("decl_register", ["Dane organizacji są zgodne z KRS lub innym rejestrem.", "The organisation's details match the KRS or other register.", "Údaje organizace odpovídají rejstříku KRS či jinému.", "Дані організації відповідають KRS або іншому реєстру."]),
    ("decl_true", ["Wszystkie informacje w ofercie są zgodne z prawdą.", "All information in the offer is true.", "Všechny údaje v žádosti jsou pravdivé.", "Уся інформація в заявці правдива."]),
    ("decl_gdpr", ["Osoby, których dane podajemy, złożyły wymagane oświadczenia (RODO).", "The people whose data we give have made the required statements (GDPR).", "Osoby, jejichž údaje uvádíme, učinily požadovaná prohlášení (GDPR).", "Особи, чиї дані ми надаємо, зробили необхідні заяви (GDPR)."]),
    ("review_and_submit", ["Sprawdź i złóż", "Review and submit", "Zkontrolovat a podat", "Перевірити й подати"]),
    ("review_title", ["Sprawdzenie oferty przed złożeniem", "Review before submitting", "Kontrola před podáním", "Перевірка перед поданням"]),
    ("back_to_editor", ["Wróć do edycji", "Back to editing", "Zpět k úpravám", "Назад до редагування"]),
    ("cannot_submit_yet", ["Oferty nie można jeszcze złożyć", "The offer cannot be submitted yet", "Žádost zatím nelze podat", "Заявку ще не можна подати"]),
    ("ready_to_submit", ["Oferta jest kompletna. Po złożeniu nie będzie można jej zmienić (chyba że urząd wezwie do uzupełnienia).", "The offer is complete. Once submitted it cannot be changed (unless the office asks for corrections).", "Žádost je úplná. Po podání ji nelze měnit (pokud úřad nevyzve k doplnění).", "Заявка повна. Після подання її не можна змінити (хіба що орган попросить виправити)."]),
    ("submit_offer", ["Składam ofertę", "Submit the offer", "Podávám žádost", "Подаю заявку"]),
    ("receipt_title", ["Oferta złożona", "Offer submitted", "Žádost podána", "Заявку подано"]),
    ("digest", ["Skrót treści (SHA-256)", "Content digest (SHA-256)", "Otisk obsahu (SHA-256)", "Відбиток змісту (SHA-256)"]),
    ("receipt_email", ["Potwierdzenie wysłaliśmy też e-mailem.", "We also sent the receipt by email.", "Potvrzení jsme poslali i e-mailem.", "Підтвердження ми також надіслали електронною поштою."]),
    ("offer_title", ["Tytuł zadania publicznego", "Title of the public task", "Název veřejné úlohy", "Назва публічного завдання"]),
    ("place", ["Miejsce realizacji", "Place", "Místo realizace", "Місце виконання"]),
    ("target_group", ["Grupa docelowa", "Target group", "Cílová skupina", "Цільова група"]),
    ("summary", ["Syntetyczny opis zadania", "Summary of the task", "Stručný popis úlohy", "Короткий опис завдання"]),
    ("start_date", ["Początek realizacji", "Start", "Začátek realizace", "Початок"]),
    ("end_date", ["Koniec realizacji", "End", "Konec realizace", "Завершення"]),
    ("own_financial", ["Wkład własny finansowy", "Own financial contribution", "Vlastní finanční podíl", "Власний фінансовий внесок"]),
    ("own_personal", ["Wkład osobowy (w tym praca wolontariuszy)", "Personal contribution (incl. volunteers)", "Osobní vklad (vč. dobrovolníků)", "Особистий внесок (зокрема волонтери)"]),
    ("own_in_kind", ["Wkład rzeczowy", "In-kind contribution", "Věcný vklad", "Матеріальний внесок"]),
    ("participant_fees", ["Świadczenia pieniężne od odbiorców zadania", "Fees from participants", "Poplatky od účastníků", "Внески учасників"]),
    ("other_public_funds", ["Środki z innych źródeł publicznych", "Funds from other public sources", "Prostředky z jiných veřejných zdrojů", "Кошти з інших публічних джерел"]),
    ("section_applicant", ["Oferent", "The applicant", "Žadatel", "Заявник"]),
    ("applicant_from_profile", ["Dane pochodzą z profilu organizacji. Zmienisz je w profilu – oferta pokaże zmiany od razu.", "These details come from the organisation's profile. Change them there and the offer shows the change at once.", "Údaje pocházejí z profilu organizace. Změňte je v profilu a nabídka změnu hned ukáže.", "Дані взято з профілю організації. Змініть їх у профілі – пропозиція одразу покаже зміни."]),
    ("address", ["Adres siedziby", "Registered address", "Adresa sídla", "Юридична адреса"]),
    ("representatives", ["Osoby reprezentujące", "Representatives", "Statutární zástupci", "Представники"]),
    ("contact_heading", ["Osoba do kontaktu w sprawie oferty", "Contact person for questions about the offer", "Kontaktní osoba pro dotazy k nabídce", "Контактна особа щодо пропозиції"]),
    ("contact_hint", ["Podaj telefon lub e-mail – wystarczy jedno z nich.", "Give a phone number or an email address; one of them is enough.", "Uveďte telefon nebo e-mail; stačí jedno z nich.", "Вкажіть телефон або e-mail – достатньо одного."]),
    ("contact_name", ["Imię i nazwisko", "Full name", "Jméno a příjmení", "Ім'я та прізвище"]),
    ("contact_phone", ["Telefon", "Phone", "Telefon", "Телефон"]),
    ("contact_email", ["Adres e-mail", "Email address", "E-mailová adresa", "Адреса e-mail"]),
    ("joint_offer", ["Oferta wspólna – partnerzy", "Joint offer: partners", "Společná nabídka – partneři", "Спільна пропозиція – партнери"]),
    ("joint_offer_hint", ["Wypełnij tylko, gdy ofertę składa kilka organizacji razem. Partnerzy odpowiadają solidarnie za realizację zadania.", "Fill this in only when several organisations apply together. The partners are jointly and severally liable for the task.", "Vyplňte, jen pokud nabídku podává více organizací společně. Partneři za úlohu ručí společně a nerozdílně.", "Заповнюйте, лише якщо пропозицію подають кілька організацій разом. Партнери несуть солідарну відповідальність за виконання завдання."]),
    ("partner", ["Partner", "Partner", "Partner", "Партнер"]),
    ("new_partner", ["Dodaj partnera", "Add a partner", "Přidat partnera", "Додати партнера"]),
    ("partner_name", ["Nazwa partnera", "Partner's name", "Název partnera", "Назва партнера"]),
    ("partner_country", ["Kraj siedziby", "Country of registration", "Země sídla", "Країна реєстрації"]),
    ("registration_number", ["NIP lub numer rejestrowy", "NIP or registration number", "NIP nebo registrační číslo", "NIP або реєстраційний номер"]),
    ("registration_number_hint", ["Dla organizacji z Polski – NIP; dla zagranicznych – numer z ich rejestru (np. IČO, ЄДРПОУ).", "For a Polish organisation its NIP; for one from abroad the number in its own register (e.g. IČO, ЄДРПОУ).", "U polské organizace NIP; u zahraniční číslo z jejího rejstříku (např. IČO, ЄДРПОУ).", "Для польської організації – NIP; для іноземної – номер з її реєстру (напр. IČO, ЄДРПОУ)."]),
    ("partner_address", ["Adres siedziby partnera", "Partner's registered address", "Adresa sídla partnera", "Юридична адреса партнера"]),
    ("partner_scope", ["Zakres działań partnera", "What the partner does in the task", "Činnosti partnera v úloze", "Що партнер робить у завданні"]),
    ("cost_share", ["Udział partnera w kosztach", "Partner's share of the costs", "Podíl partnera na nákladech", "Частка партнера у витратах"]),
    ("representation", ["Sposób reprezentacji oferentów wobec organu", "How the applicants are represented before the authority", "Způsob zastupování žadatelů vůči úřadu", "Як заявники представлені перед органом"]),
    ("representation_hint", ["Np. kto podpisuje umowę i sprawozdania w imieniu wszystkich partnerów.", "E.g. who signs the agreement and the reports on behalf of all partners.", "Např. kdo podepisuje smlouvu a zprávy za všechny partnery.", "Напр. хто підписує договір і звіти від імені всіх партнерів."]),
    ("applicant_share", ["Udział oferenta w kosztach", "The applicant's share of the costs", "Podíl žadatele na nákladech", "Частка заявника у витратах"]),
    ("partner_share", ["Udział partnera", "Partner's share", "Podíl partnera", "Частка партнера"]),
    ("costs_in_year", ["Koszty w roku", "Costs in", "Náklady v roce", "Витрати у році"]),
    ("year_values_hint", ["Zadanie trwa dłużej niż rok: przy każdym koszcie podaj, ile przypada na każdy rok. Wartości muszą dać w sumie wartość pozycji.", "The task spans more than one year: for each cost give the part that falls in each year. The parts must add up to the line's value.", "Úloha trvá déle než rok: u každého nákladu uveďte, kolik připadá na každý rok. Části musí v součtu dát hodnotu položky.", "Завдання триває понад рік: для кожної витрати вкажіть, скільки припадає на кожен рік. Сума частин має дорівнювати вартості статті."]),
    ("years_changed", ["Zmieniły się lata realizacji – zapisz ofertę, aby podać wartości na każdy rok.", "The task's years have changed: save the offer to give the values per year.", "Změnily se roky realizace – uložte nabídku, abyste mohli uvést hodnoty za každý rok.", "Змінилися роки реалізації – збережіть пропозицію, щоб вказати значення за кожен рік."]),
    ("value_in_year", ["Wartość w roku", "Value in", "Hodnota v roce", "Вартість у році"]),
    ("grant_part", ["W tym z dotacji", "Of which from the grant", "Z toho z dotace", "З них з гранту"]),
    ("call_limits", ["Warunki konkursu", "The call's limits", "Podmínky výzvy", "Умови конкурсу"]),
    ("limit_grant", ["Dotacja od – do", "Grant from – to", "Dotace od – do", "Грант від – до"]),
    ("limit_own_contribution", ["Wymagany wkład własny co najmniej", "Own contribution required, at least", "Požadovaný vlastní podíl nejméně", "Необхідний власний внесок щонайменше"]),
    ("limit_own_financial", ["Wymagany wkład finansowy co najmniej", "Financial contribution required, at least", "Požadovaný finanční podíl nejméně", "Необхідний фінансовий внесок щонайменше"]),
    ("limit_own_non_financial", ["Wymagany wkład niefinansowy co najmniej", "Non-financial contribution required, at least", "Požadovaný nefinanční podíl nejméně", "Необхідний нефінансовий внесок щонайменше"]),
    ("limit_admin_costs", ["Koszty administracyjne najwyżej", "Administrative costs at most", "Administrativní náklady nejvýše", "Адміністративні витрати щонайбільше"]),
    ("country_pl", ["Polska", "Poland", "Polsko", "Польща"]),
    ("country_cz", ["Czechy", "Czechia", "Česko", "Чехія"]),
    ("country_sk", ["Słowacja", "Slovakia", "Slovensko", "Словаччина"]),
    ("country_ua", ["Ukraina", "Ukraine", "Ukrajina", "Україна"]),
    ("country_de", ["Niemcy", "Germany", "Německo", "Німеччина"]),
    ("country_lt", ["Litwa", "Lithuania", "Litva", "Литва"]),
    ("nip_taken", ["Organizacja z tym NIP ma już konto w Granty. Jeśli do niej należysz, poproś osobę, która ją zarejestrowała, o zaproszenie.", "An organisation with this NIP already has an account in Granty. If you belong to it, ask the person who registered it to invite you.", "Organizace s tímto NIP už v Granty účet má. Pokud k ní patříte, požádejte osobu, která ji registrovala, o pozvánku.", "Організація з цим NIP уже має обліковий запис у Granty. Якщо ви до неї належите, попросіть особу, яка її зареєструвала, надіслати вам запрошення."]),
    ("section_profile", ["Charakterystyka oferenta", "About the applicant", "Charakteristika žadatele", "Характеристика заявника"]),
    ("previous_activity", ["Dotychczasowa działalność w dziedzinie zadania", "Earlier activity in the task's field", "Dosavadní činnost v oblasti úlohy", "Попередня діяльність у сфері завдання"]),
    ("resources", ["Zasoby kadrowe, rzeczowe i finansowe wykorzystane w zadaniu", "Staff, material and financial resources used for the task", "Personální, materiální a finanční zdroje využité v úloze", "Кадрові, матеріальні та фінансові ресурси для завдання"]),
    ("section_other", ["Inne informacje", "Other information", "Další informace", "Інша інформація"]),
    ("other_information", ["Inne działania i informacje istotne dla oceny oferty (nieobowiązkowe)", "Anything else that matters for the assessment (optional)", "Cokoli dalšího důležitého pro hodnocení (nepovinné)", "Інше, що важливо для оцінювання (необов'язково)"]),
    ("offer_content", ["Treść oferty", "The offer", "Obsah nabídky", "Зміст пропозиції"]),
    ("offer_version", ["wersja", "version", "verze", "версія"]),
    ("answer_yes", ["tak", "yes", "ano", "так"]),
    ("answer_no", ["nie", "no", "ne", "ні"]),
    ("not_given", ["nie podano", "not given", "neuvedeno", "не вказано"]),
    ("partner_reads_draft", ["Ofertę przygotowuje i składa oferent; jako partner oferty wspólnej możesz ją czytać.", "The applicant prepares and submits the offer; as a partner of the joint offer you can read it.", "Nabídku připravuje a podává žadatel; jako partner společné nabídky ji můžete číst.", "Пропозицію готує й подає заявник; як партнер спільної пропозиції ви можете її читати."]),
    ("as_partner", ["partner oferty wspólnej", "partner in a joint offer", "partner společné nabídky", "партнер спільної пропозиції"]),
    ("remove_member", ["Usuń z organizacji", "Remove from the organisation", "Odebrat z organizace", "Вилучити з організації"]),
    ("leave_organisation", ["Opuść organizację", "Leave the organisation", "Opustit organizaci", "Вийти з організації"]),
    ("member_removed", ["Osoba nie należy już do organizacji.", "The person no longer belongs to the organisation.", "Osoba už do organizace nepatří.", "Особа більше не належить до організації."]),
    ("correction_requested", ["Urząd wzywa do uzupełnienia braków. Termin:", "The office asks for corrections. Due:", "Úřad vyzývá k doplnění nedostatků. Termín:", "Орган просить виправити недоліки. Термін:"]),
    ("correction_how", ["Popraw ofertę poniżej, a potem wybierz „Sprawdź i złóż”, aby złożyć poprawioną wersję. Poprzednia wersja zostaje w urzędzie.", "Correct the offer below, then choose “Review and submit” to file the corrected version. The office keeps the earlier one.", "Opravte nabídku níže a poté zvolte „Zkontrolovat a podat“, čímž podáte opravenou verzi. Úřad si ponechá i předchozí.", "Виправте пропозицію нижче, потім оберіть «Перевірити й подати», щоб подати виправлену версію. Попередня версія залишається в органі."]),
    ("formal_checklist", ["Warunki formalne", "Formal conditions", "Formální podmínky", "Формальні умови"]),
    ("formal_checklist_hint", ["Odpowiedzi podpowiedziane przez automatyczne sprawdzenie są już zaznaczone – potwierdź je albo zmień. Pozostałe oceń sam.", "Answers the automatic checks could give are already marked: confirm or change them. Judge the others yourself.", "Odpovědi, které nabídla automatická kontrola, jsou již označeny – potvrďte je, nebo změňte. Ostatní posuďte sami.", "Відповіді, які підказала автоматична перевірка, вже позначено – підтвердьте або змініть їх. Решту оцініть самостійно."]),
    ("formal_on_time", ["Oferta złożona w terminie", "Filed within the deadline", "Nabídka podána včas", "Пропозицію подано вчасно"]),
    ("formal_eligible_applicant", ["Oferent jest podmiotem uprawnionym (art. 3 ust. 2–3 ustawy)", "The applicant is an eligible entity (art. 3(2)–(3) of the Act)", "Žadatel je oprávněným subjektem (čl. 3 odst. 2–3 zákona)", "Заявник є уповноваженим суб'єктом (ст. 3 п. 2–3 закону)"]),
    ("formal_statutory_activity", ["Zadanie mieści się w działalności statutowej oferenta", "The task lies within the applicant's statutory activity", "Úloha spadá do statutární činnosti žadatele", "Завдання входить до статутної діяльності заявника"]),
    ("formal_complete_form", ["Formularz oferty wypełniony we wszystkich wymaganych częściach", "Every required part of the form is filled in", "Všechny povinné části formuláře jsou vyplněny", "Усі обов'язкові частини форми заповнено"]),
    ("formal_required_attachments", ["Załączono wymagane załączniki", "The required attachments are there", "Povinné přílohy jsou přiloženy", "Обов'язкові додатки додано"]),
    ("formal_authorised_signatures", ["Oferta potwierdzona przez osoby upoważnione do reprezentacji", "Confirmed by the persons authorised to represent the applicant", "Potvrzeno osobami oprávněnými zastupovat žadatele", "Підтверджено особами, уповноваженими представляти заявника"]),
    ("formal_financial_conditions", ["Zachowane limity dotacji, wkładu własnego i kosztów administracyjnych", "Grant limits, own contribution and the administrative cost cap are kept", "Dodrženy limity dotace, vlastního podílu a administrativních nákladů", "Дотримано лімітів гранту, власного внеску та адміністративних витрат"]),
    ("answer_met", ["spełnia", "met", "splněno", "відповідає"]),
    ("answer_not_met", ["nie spełnia", "not met", "nesplněno", "не відповідає"]),
    ("answer_not_applicable", ["nie dotyczy", "not applicable", "netýká se", "не стосується"]),
    ("admin_costs", ["Koszty administracyjne", "Administrative costs", "Administrativní náklady", "Адміністративні витрати"]),
    ("sources_total", ["Suma źródeł finansowania", "Total of the sources", "Součet zdrojů", "Сума джерел"]),
    ("start_offer", ["Rozpocznij ofertę", "Start an offer", "Začít žádost", "Почати заявку"]),
    ("open_calls_for_you", ["Konkursy, w których trwa nabór", "Calls open now", "Výzvy s probíhajícím příjmem", "Конкурси, що тривають"]),
    ("organisation", ["Organizacja", "Organisation", "Organizace", "Організація"]),
    ("edit", ["Edytuj", "Edit", "Upravit", "Редагувати"]),
    ("saved", ["Zapisano.", "Saved.", "Uloženo.", "Збережено."]),
    ("other_attachment", ["inny załącznik", "other attachment", "jiná příloha", "інший додаток"]),
    ("attachment_kind", ["Rodzaj załącznika", "Kind of attachment", "Druh přílohy", "Вид додатка"]),
    ("attachment_file", ["Plik", "File", "Soubor", "Файл"]),
    ("attachment_hint", ["PDF, JPG, PNG, DOCX lub ODT, do 10 MB.", "PDF, JPG, PNG, DOCX or ODT, up to 10 MB.", "PDF, JPG, PNG, DOCX nebo ODT, do 10 MB.", "PDF, JPG, PNG, DOCX або ODT, до 10 МБ."]),
    ("add_attachment", ["Dodaj załącznik", "Add the attachment", "Přidat přílohu", "Додати додаток"]),
    ("autosaved", ["Zapisano automatycznie:", "Saved automatically:", "Automaticky uloženo:", "Автоматично збережено:"]),
    ("autosave_offline", ["Brak połączenia — zmiany czekają w przeglądarce, ponowimy zapis za chwilę.", "No connection — your changes wait in the browser; we will try again shortly.", "Bez připojení — změny čekají v prohlížeči, za chvíli to zkusíme znovu.", "Немає з'єднання — зміни чекають у браузері, незабаром спробуємо знову."]),
    ("autosave_stale", ["Ktoś zapisał tę ofertę w innym oknie. Zapisz ręcznie, aby zobaczyć obie wersje.", "Someone saved this offer in another window. Save by hand to see both versions.", "Někdo žádost uložil v jiném okně. Uložte ručně a uvidíte obě verze.", "Хтось зберіг цю заявку в іншому вікні. Збережіть вручну, щоб побачити обидві версії."]),
    ("remove", ["Usuń", "Remove", "Odebrat", "Видалити"]),
    ("row", ["wiersz", "row", "řádek", "рядок"]),
    ("cannot_submit", ["Nie można złożyć oferty", "The offer cannot be submitted", "Žádost nelze podat", "Заявку не можна подати"]),
    ("edit_call", ["Edycja konkursu", "Edit call", "Úprava výzvy", "Редагування конкурсу"]),
    ("criteria_hint", ["Nowy konkurs ma wpisane sześć kryteriów ustawowych (art. 15 ust. 1). Aby dodać kryterium, wypełnij pusty wiersz; aby je usunąć, wyczyść wszystkie pola w jego wierszu.", "A new call starts with the six statutory criteria (art. 15(1)). To add a criterion, fill in a blank row; to remove one, clear every field of its row.", "Nová výzva začíná šesti zákonnými kritérii (čl. 15 odst. 1). Kritérium přidáte vyplněním prázdného řádku; odstraníte ho vymazáním všech polí jeho řádku.", "Новий конкурс починається з шести законодавчих критеріїв (ст. 15 п. 1). Щоб додати критерій, заповніть порожній рядок; щоб вилучити його, очистьте всі поля цього рядка."]),
    ("criterion_name", ["Nazwa kryterium", "Criterion", "Název kritéria", "Назва критерію"]),
    ("criterion_points", ["Maksymalna liczba punktów", "Maximum points", "Nejvyšší počet bodů", "Максимальна кількість балів"]),
    ("criterion_basis", ["Podstawa prawna", "Statutory basis", "Právní základ", "Правова підстава"]),
    ("criteria_total", ["Razem punktów", "Total points", "Bodů celkem", "Усього балів"]),
    ("formal_check_days", ["Dni na ocenę formalną (liczone od terminu składania ofert)", "Days for the formal check (counted from the deadline)", "Dní na formální kontrolu (počítáno od termínu podání)", "Днів на формальну перевірку (від кінцевого терміну подання)"]),
    ("call_changed_elsewhere", ["Ktoś inny zmienił ten konkurs w międzyczasie. Poniżej są Twoje zmiany; sprawdź je i zapisz ponownie, aby zastąpić tamte.", "Someone else changed this call in the meantime. Your changes are below; check them and save again to replace theirs.", "Někdo jiný mezitím tuto výzvu změnil. Níže jsou vaše změny; zkontrolujte je a uložte znovu, čímž nahradíte ty předchozí.", "Хтось інший тим часом змінив цей конкурс. Нижче ваші зміни; перевірте їх і збережіть ще раз, щоб замінити їхні зміни."]),
    ("call_not_editable_title", ["Tego konkursu nie można już edytować", "This call can no longer be edited", "Tuto výzvu už nelze upravit", "Цей конкурс більше не можна редагувати"]),
    ("call_not_editable", ["Edytować można tylko projekt konkursu, zanim zostanie opublikowany. Etap tego konkursu:", "Only a draft call can be edited, before it is published. This call's stage:", "Upravit lze jen návrh výzvy, dokud není zveřejněna. Fáze této výzvy:", "Редагувати можна лише проєкт конкурсу до його оприлюднення. Етап цього конкурсу:"]),
    ("members_title", ["Osoby w organizacji", "People in the organisation", "Lidé v organizaci", "Люди в організації"]),
    ("members_link", ["Osoby i zaproszenia", "People and invitations", "Lidé a pozvánky", "Люди та запрошення"]),
    ("members_intro", ["Te osoby mogą przygotowywać i składać oferty organizacji.", "These people can prepare and submit the organisation's offers.", "Tyto osoby mohou připravovat a podávat žádosti organizace.", "Ці люди можуть готувати й подавати заявки організації."]),
    ("member_since", ["Od kiedy", "Since", "Od kdy", "З якого часу"]),
    ("pending_invitations", ["Oczekujące zaproszenia", "Pending invitations", "Čekající pozvánky", "Запрошення, що очікують"]),
    ("no_pending_invitations", ["Brak oczekujących zaproszeń.", "No pending invitations.", "Žádné čekající pozvánky.", "Немає запрошень, що очікують."]),
    ("invited_by", ["Zaprasza", "Invited by", "Zve", "Запрошує"]),
    ("valid_until", ["Ważne do", "Valid until", "Platí do", "Дійсне до"]),
    ("revoke_invitation", ["Anuluj zaproszenie", "Cancel the invitation", "Zrušit pozvánku", "Скасувати запрошення"]),
    ("invite_title", ["Zaproś osobę", "Invite a person", "Pozvat osobu", "Запросити особу"]),
    ("invite_intro", ["Wyślemy e-mail z linkiem ważnym 7 dni. Po przyjęciu zaproszenia ta osoba zobaczy oferty organizacji i będzie mogła nad nimi pracować.", "We will email a link that works for 7 days. Once the invitation is accepted, the person sees the organisation's offers and can work on them.", "Pošleme e-mail s odkazem platným 7 dní. Po přijetí pozvánky uvidí tato osoba žádosti organizace a bude na nich moci pracovat.", "Ми надішлемо лист із посиланням, дійсним 7 днів. Після прийняття запрошення ця особа бачитиме заявки організації й зможе над ними працювати."]),
    ("invite_name_hint", ["Nieobowiązkowe: podpowie imię przy zakładaniu konta.", "Optional: suggests the name when the account is created.", "Nepovinné: předvyplní jméno při zakládání účtu.", "Необов’язково: підкаже ім’я під час створення облікового запису."]),
    ("invite_submit", ["Wyślij zaproszenie", "Send the invitation", "Odeslat pozvánku", "Надіслати запрошення"]),
    ("invitation_sent", ["Zaproszenie wysłane.", "The invitation has been sent.", "Pozvánka byla odeslána.", "Запрошення надіслано."]),
    ("invitation_cancelled", ["Zaproszenie anulowane: link już nie działa.", "The invitation has been cancelled: the link no longer works.", "Pozvánka byla zrušena: odkaz už nefunguje.", "Запрошення скасовано: посилання більше не працює."]),
    ("invitation_title", ["Zaproszenie do organizacji", "Invitation to an organisation", "Pozvánka do organizace", "Запрошення до організації"]),
    ("invitation_from", ["zaprasza Cię do wspólnej pracy nad ofertami organizacji", "invites you to work together on the offers of", "vás zve ke společné práci na žádostech organizace", "запрошує вас до спільної роботи над заявками організації"]),
    ("invitation_for", ["Zaproszenie dla adresu", "Invitation for the address", "Pozvánka pro adresu", "Запрошення для адреси"]),
    ("invitation_new_account", ["Podaj imię i nazwisko oraz ustal hasło. Konto będzie od razu aktywne: link przyszedł na Twój adres e-mail.", "Enter your name and choose a password. The account is active at once: the link came to your email address.", "Zadejte jméno a zvolte heslo. Účet bude hned aktivní: odkaz přišel na vaši e-mailovou adresu.", "Вкажіть ім’я та оберіть пароль. Обліковий запис буде активним одразу: посилання надійшло на вашу адресу."]),
    ("invitation_existing_account", ["Ten adres ma już konto w Granty. Podaj jego hasło, aby przyjąć zaproszenie.", "This address already has a Granty account. Enter its password to accept the invitation.", "Tato adresa už má účet v Granty. Zadejte jeho heslo a pozvánku přijměte.", "Ця адреса вже має обліковий запис у Granty. Введіть його пароль, щоб прийняти запрошення."]),
    ("invitation_signed_in", ["Jesteś zalogowany(-a) tym adresem. Możesz od razu dołączyć.", "You are logged in with this address. You can join straight away.", "Jste přihlášeni touto adresou. Můžete se hned připojit.", "Ви увійшли з цією адресою. Можете приєднатися одразу."]),
    ("accept_create", ["Załóż konto i dołącz", "Create the account and join", "Založit účet a připojit se", "Створити обліковий запис і приєднатися"]),
    ("accept_join", ["Dołącz do organizacji", "Join the organisation", "Připojit se k organizaci", "Приєднатися до організації"]),
    ("wrong_password", ["Hasło jest nieprawidłowe.", "The password is not correct.", "Heslo není správné.", "Пароль неправильний."]),
    ("invitation_used", ["Zaproszenie zostało już przyjęte", "The invitation has already been accepted", "Pozvánka už byla přijata", "Запрошення вже прийнято"]),
    ("invitation_used_text", ["Ten link zadziałał już raz. Zaloguj się, aby pracować nad ofertami organizacji.", "This link has already been used once. Log in to work on the organisation's offers.", "Tento odkaz už byl jednou použit. Přihlaste se a pracujte na žádostech organizace.", "Це посилання вже використано. Увійдіть, щоб працювати над заявками організації."]),
    ("invitation_revoked", ["Zaproszenie anulowane", "The invitation was cancelled", "Pozvánka byla zrušena", "Запрошення скасовано"]),
    ("invitation_revoked_text", ["Organizacja anulowała to zaproszenie. Jeśli nadal masz dołączyć, poproś o nowe.", "The organisation cancelled this invitation. If you are still meant to join, ask for a new one.", "Organizace tuto pozvánku zrušila. Pokud se máte stále připojit, požádejte o novou.", "Організація скасувала це запрошення. Якщо ви все ще маєте приєднатися, попросіть нове."]),
    ("invitation_expired", ["Zaproszenie wygasło", "The invitation has expired", "Platnost pozvánky vypršela", "Термін дії запрошення минув"]),
    ("invitation_expired_text", ["Zaproszenie było ważne 7 dni. Poproś osobę z organizacji o nowe.", "Invitations work for 7 days. Ask someone in the organisation for a new one.", "Pozvánka platí 7 dní. Požádejte někoho z organizace o novou.", "Запрошення діє 7 днів. Попросіть когось з організації надіслати нове."]),
    ("invitation_refused", ["Tego konta nie można dodać do organizacji", "This account cannot join an organisation", "Tento účet nelze přidat do organizace", "Цей обліковий запис не можна додати до організації"]),
    ("invitation_refused_text", ["Jesteś zalogowany(-a) innym kontem albo to konto należy do pracownika urzędu. Wyloguj się i otwórz link ponownie.", "You are logged in with another account, or this account belongs to a municipality employee. Log out and open the link again.", "Jste přihlášeni jiným účtem, nebo tento účet patří zaměstnanci úřadu. Odhlaste se a otevřete odkaz znovu.", "Ви увійшли з іншим обліковим записом або цей запис належить працівникові органу влади. Вийдіть і відкрийте посилання знову."]),
    ("kind_organisation_invitation", ["zaproszenie do organizacji", "invitation to an organisation", "pozvánka do organizace", "запрошення до організації"]),
];

/// All texts of one language, for templates (`{{ t.log_in }}`).
pub fn for_language(lang: Language) -> BTreeMap<&'static str, &'static str> {
    let index = match lang {
        Language::Pl => 0,
        Language::En => 1,
        Language::Cs => 2,
        Language::Uk => 3,
    };
    TEXTS
        .iter()
        .map(|(key, texts)| (*key, texts[index]))
        .collect()
}

/// The language's own name, for the switch.
pub fn language_name(lang: Language) -> &'static str {
    match lang {
        Language::Pl => "Polski",
        Language::En => "English",
        Language::Cs => "Čeština",
        Language::Uk => "Українська",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_texts_filled() {
        let mut keys = std::collections::HashSet::new();
        for (key, texts) in TEXTS {
            assert!(keys.insert(key), "duplicate key {key}");
            assert!(texts.iter().all(|t| !t.trim().is_empty()), "{key}");
        }
    }
}

/// One text; a missing key shows `?` (and is logged) rather than failing the page.
pub fn text(lang: Language, key: &str) -> &'static str {
    TEXTS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, texts)| texts[lang_index(lang)])
        .unwrap_or_else(|| {
            tracing::warn!(key, "missing interface text");
            "?"
        })
}

fn lang_index(lang: Language) -> usize {
    match lang {
        Language::Pl => 0,
        Language::En => 1,
        Language::Cs => 2,
        Language::Uk => 3,
    }
}

#[cfg(test)]
mod lookup_tests {
    use super::*;

    #[test]
    fn a_text_in_each_language_and_a_visible_gap_for_a_missing_key() {
        assert_eq!(text(Language::Cs, "log_in"), "Přihlásit se");
        assert_eq!(text(Language::Pl, "no-such-key"), "?");
    }
}
