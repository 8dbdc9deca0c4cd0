# Granty's words in Polish. One file per language; every message id exists in all four with the same variables (tested).

## Pages: the interface's words, asked for as {{ t.<id> }} in templates and texts::text in Rust.

skip_to_content = Przejdź do treści
language = Język
log_in = Zaloguj się
log_out = Wyloguj się
login_title = Logowanie do Granty
tenant = Gmina (identyfikator)
tenant_hint = Na przykład: demo
email = Adres e-mail
password = Hasło
login_failed = Nie udało się zalogować: sprawdź gminę, adres e-mail i hasło.
form_expired = Formularz wygasł. Spróbuj ponownie.
there_is_a_problem = Wystąpił problem
notifications_title = Powiadomienia e-mail
notifications_intro = Wiadomości wysłane i oczekujące w kolejce. Nieudane wysyłki pokazują przyczynę.
filter_all = Wszystkie
status_queued = w kolejce
status_sending = wysyłana
status_sent = wysłana
status_retrying = ponawiana
status_failed = nieudana
col_created = Utworzono
col_kind = Rodzaj
col_recipient = Odbiorca
col_status = Stan
col_attempts = Próby
col_sent = Wysłano
col_error = Przyczyna błędu
no_notifications = Brak wiadomości.
kind_application_submitted = potwierdzenie złożenia
kind_correction_requested = wezwanie do uzupełnienia
kind_formally_accepted = ocena formalna pozytywna
kind_formally_rejected = odrzucenie formalne
kind_reminder_draft_deadline = przypomnienie o terminie
kind_reminder_correction_due = przypomnienie o uzupełnieniu
signed_in = Zalogowano
signed_in_as = Jesteś zalogowany jako
admin_only = Ta strona jest dostępna dla administratora gminy.
calls_title = Konkursy ofert
calls_open = Trwa nabór
calls_upcoming = Zapowiedziane
calls_closed = Zakończone
no_calls = Brak konkursów.
deadline = Termin składania ofert
opens = Początek naboru
budget = Pula środków
state = Stan
time_left = Do końca naboru zostało
grant_range = Kwota dotacji na ofertę
own_contribution = Wymagany wkład własny
financial = finansowy
non_financial = niefinansowy
admin_cap = Limit kosztów administracyjnych
realisation = Termin realizacji zadania
correction_days = Dni na uzupełnienie braków formalnych
description = Opis
criteria = Kryteria oceny
criterion = Kryterium
points = Punkty
max_points = najwyżej punktów
required_attachments = Wymagane załączniki
none = Brak.
cancel_reason = Przyczyna unieważnienia
not_found = Nie znaleziono strony
not_found_text = Sprawdź adres lub wróć do listy konkursów.
register_title = Załóż konto organizacji
register_intro = Konto pozwala składać oferty w konkursach tej gminy.
register_submit = Załóż konto
have_account = Masz już konto? Zaloguj się
display_name = Imię i nazwisko
password_again = Powtórz hasło
password_hint = Co najmniej 10 znaków.
email_taken = Ten adres e-mail ma już konto: zaloguj się lub ustaw nowe hasło.
check_inbox = Sprawdź skrzynkę e-mail
check_inbox_text = Wysłaliśmy link potwierdzający. Otwórz go w ciągu 48 godzin, aby aktywować konto.
email_confirmed = Adres e-mail potwierdzony
email_confirmed_text = Możesz się teraz zalogować.
link_expired = Link jest nieważny
link_expired_text = Link wygasł albo został już użyty. Poproś o nowy.
email_not_confirmed = Potwierdź najpierw adres e-mail: link wysłaliśmy na Twoją skrzynkę.
reset_title = Nie pamiętasz hasła?
reset_intro = Podaj adres e-mail konta, a wyślemy link do ustawienia nowego hasła.
reset_submit = Wyślij link
reset_sent_text = Jeśli ten adres ma konto w tej gminie, wysłaliśmy na niego link. Jest ważny 2 godziny.
new_password_title = Ustaw nowe hasło
new_password_intro = Po zmianie hasła zalogujesz się ponownie na wszystkich urządzeniach.
new_password_submit = Zapisz hasło
password_changed = Hasło zmienione
go_to_login = Przejdź do logowania
forgot_password = Nie pamiętasz hasła?
create_account = Załóż konto organizacji
dashboard_title = Moje oferty
my_organisations = Moje organizacje
no_organisation = Nie masz jeszcze organizacji. Dodaj ją, aby składać oferty.
add_organisation = Dodaj organizację
edit_profile = Edytuj dane
my_applications = Oferty moich organizacji
no_applications = Nie ma jeszcze żadnych ofert.
see_calls = Zobacz konkursy
offer = Oferta
call = Konkurs
next_step = Co dalej
next_draft = Uzupełnij i złóż ofertę do
next_correction = Popraw braki do
next_wait = Oferta czeka na ocenę urzędu.
next_none = Nic do zrobienia.
next_late = Termin minął.
organisation_new = Nowa organizacja
organisation_edit = Dane organizacji
legal_form = Forma prawna
org_name = Nazwa organizacji
krs = Numer KRS
krs_hint = Nie dotyczy stowarzyszeń zwykłych i kół gospodyń wiejskich.
nip = NIP
regon = REGON
street = Ulica i numer
postal_code = Kod pocztowy
city = Miejscowość
phone = Telefon
bank_account = Numer rachunku bankowego (IBAN)
representative_name = Osoba reprezentująca: imię i nazwisko
representative_function = Osoba reprezentująca: funkcja
save = Zapisz
saved_elsewhere = Ktoś zapisał te dane w międzyczasie. Poniżej są Twoje zmiany; zapisz je ponownie, aby zastąpić tamte.
clerk_calls_title = Konkursy gminy
submissions = Złożone oferty
sort_by = Sortuj według
apply_filter = Pokaż
receipt = Numer potwierdzenia
applicant = Oferent
requested_grant = Wnioskowana dotacja
sort_receipt = kolejności złożenia
sort_grant = kwoty dotacji (malejąco)
sort_applicant = nazwy oferenta
formal_check = Ocena formalna
submitted_at = Złożono
total_costs = Koszty ogółem
correction_due = Termin uzupełnienia
automatic_checks = Sprawdzenie automatyczne
no_problems = Oferta spełnia wszystkie warunki sprawdzane automatycznie.
attachments = Załączniki
earlier_checks = Wcześniejsze oceny
decision = Decyzja
outcome = Wynik oceny formalnej
outcome_accepted = oferta poprawna formalnie
outcome_needs_correction = wezwanie do uzupełnienia braków
outcome_rejected = odrzucenie z przyczyn formalnych
deficiencies = Braki do uzupełnienia
deficiencies_hint = Każdy brak w osobnym wierszu. Oferent dostanie je e-mailem z terminem.
reason = Uzasadnienie
save_decision = Zapisz decyzję
choose_outcome = Wybierz wynik oceny formalnej.
own_contribution_actual = Wkład własny
new_call = Nowy konkurs
publish = Opublikuj
confirm_short_deadline = termin krótszy niż wymagane minimum: potwierdzam
published_notice = Konkurs opublikowany.
call_title = Tytuł konkursu
task_area = Rodzaj zadania publicznego
min_grant = Najniższa dotacja na ofertę
max_grant = Najwyższa dotacja na ofertę
min_own_contribution = Wymagany wkład własny (%)
admin_cost_cap = Limit kosztów administracyjnych (%)
opens_at = Początek naboru (czas lokalny)
deadline_local = Termin składania ofert (czas lokalny)
realisation_start = Realizacja zadania od
realisation_end = Realizacja zadania do
required_attachments_hint = Każdy wymagany załącznik w osobnym wierszu.
amount_hint = Kwota w złotych, np. 150000 lub 150 000,00.
save_draft_call = Zapisz projekt konkursu
time_not_in_zone = Ta godzina nie istnieje w tym dniu (zmiana czasu). Wybierz inną.
editor_title = Oferta realizacji zadania publicznego
before_submitting = Do uzupełnienia przed złożeniem
section_task = Opis zadania
section_schedule = Harmonogram działań
section_results = Zakładane rezultaty
section_costs = Kalkulacja kosztów
section_sources = Źródła finansowania
section_declarations = Oświadczenia
no = Lp.
action_name = Nazwa działania
from = Od
until = Do
performer = Kto realizuje
result_name = Rezultat
planned_value = Wartość docelowa
monitoring = Sposób monitorowania
costs_hint = Wartości i sumy liczy system. Podaj numer działania z harmonogramu dla kosztów działań.
cost_kind = Rodzaj
action_no = Nr działania
cost_name = Rodzaj kosztu
unit = Jednostka
unit_cost = Koszt jednostkowy
quantity = Liczba jednostek
value = Wartość
cost_action = koszt działania
cost_admin = koszt administracyjny
remuneration = Zadanie będzie realizowane
unpaid = nieodpłatnie
paid = odpłatnie
no_arrears = nie zalegamy
has_arrears = zalegamy
tax_arrears = Zaległości podatkowe
zus_arrears = Zaległości w składkach na ubezpieczenia społeczne
decl_public_benefit_only = Zadanie realizujemy wyłącznie w ramach działalności pożytku publicznego.
decl_fees = Świadczenia pobieramy wyłącznie w ramach odpłatnej działalności pożytku publicznego.
decl_register = Dane organizacji są zgodne z KRS lub innym rejestrem.
decl_true = Wszystkie informacje w ofercie są zgodne z prawdą.
decl_gdpr = Osoby, których dane podajemy, złożyły wymagane oświadczenia (RODO).
review_and_submit = Sprawdź i złóż
review_title = Sprawdzenie oferty przed złożeniem
back_to_editor = Wróć do edycji
cannot_submit_yet = Oferty nie można jeszcze złożyć
ready_to_submit = Oferta jest kompletna. Po złożeniu nie będzie można jej zmienić (chyba że urząd wezwie do uzupełnienia).
submit_offer = Składam ofertę
receipt_title = Oferta złożona
digest = Skrót treści (SHA-256)
receipt_email = Potwierdzenie wysłaliśmy też e-mailem.
offer_title = Tytuł zadania publicznego
place = Miejsce realizacji
target_group = Grupa docelowa
summary = Syntetyczny opis zadania
start_date = Początek realizacji
end_date = Koniec realizacji
own_financial = Wkład własny finansowy
own_personal = Wkład osobowy (w tym praca wolontariuszy)
own_in_kind = Wkład rzeczowy
participant_fees = Świadczenia pieniężne od odbiorców zadania
other_public_funds = Środki z innych źródeł publicznych
section_applicant = Oferent
applicant_from_profile = Dane pochodzą z profilu organizacji. Zmienisz je w profilu – oferta pokaże zmiany od razu.
address = Adres siedziby
representatives = Osoby reprezentujące
contact_heading = Osoba do kontaktu w sprawie oferty
contact_hint = Podaj telefon lub e-mail – wystarczy jedno z nich.
contact_name = Imię i nazwisko
contact_phone = Telefon
contact_email = Adres e-mail
joint_offer = Oferta wspólna – partnerzy
joint_offer_hint = Wypełnij tylko, gdy ofertę składa kilka organizacji razem. Partnerzy odpowiadają solidarnie za realizację zadania.
partner = Partner
new_partner = Dodaj partnera
partner_name = Nazwa partnera
partner_country = Kraj siedziby
registration_number = NIP lub numer rejestrowy
registration_number_hint = Dla organizacji z Polski – NIP; dla zagranicznych – numer z ich rejestru (np. IČO, ЄДРПОУ).
partner_address = Adres siedziby partnera
partner_scope = Zakres działań partnera
cost_share = Udział partnera w kosztach
representation = Sposób reprezentacji oferentów wobec organu
representation_hint = Np. kto podpisuje umowę i sprawozdania w imieniu wszystkich partnerów.
applicant_share = Udział oferenta w kosztach
partner_share = Udział partnera
costs_in_year = Koszty w roku
year_values_hint = Zadanie trwa dłużej niż rok: przy każdym koszcie podaj, ile przypada na każdy rok. Wartości muszą dać w sumie wartość pozycji.
years_changed = Zmieniły się lata realizacji – zapisz ofertę, aby podać wartości na każdy rok.
value_in_year = Wartość w roku
grant_part = W tym z dotacji
call_limits = Warunki konkursu
limit_grant = Dotacja od – do
limit_own_contribution = Wymagany wkład własny co najmniej
limit_own_financial = Wymagany wkład finansowy co najmniej
limit_own_non_financial = Wymagany wkład niefinansowy co najmniej
limit_admin_costs = Koszty administracyjne najwyżej
country_pl = Polska
country_cz = Czechy
country_sk = Słowacja
country_ua = Ukraina
country_de = Niemcy
country_lt = Litwa
nip_taken = Organizacja z tym NIP ma już konto w Granty. Jeśli do niej należysz, poproś osobę, która ją zarejestrowała, o zaproszenie.
section_profile = Charakterystyka oferenta
previous_activity = Dotychczasowa działalność w dziedzinie zadania
resources = Zasoby kadrowe, rzeczowe i finansowe wykorzystane w zadaniu
section_other = Inne informacje
other_information = Inne działania i informacje istotne dla oceny oferty (nieobowiązkowe)
offer_content = Treść oferty
offer_version = wersja
answer_yes = tak
answer_no = nie
not_given = nie podano
call_documents = Dokumenty konkursu
call_documents_intro = Dokumenty widzi każdy na stronie opublikowanego konkursu: ogłoszenie, załączniki, odpowiedzi na pytania.
document_title = Nazwa dokumentu
document_title_hint = Np. „Ogłoszenie o konkursie” albo „Odpowiedzi na pytania z 5 grudnia”.
document_added_at = Dodano
add_document = Dodaj dokument
document_added = Dokument dodany.
document_removed = Dokument usunięty.
partner_reads_draft = Ofertę przygotowuje i składa oferent; jako partner oferty wspólnej możesz ją czytać.
as_partner = partner oferty wspólnej
remove_member = Usuń z organizacji
leave_organisation = Opuść organizację
member_removed = Osoba nie należy już do organizacji.
correction_requested = Urząd wzywa do uzupełnienia braków. Termin:
correction_how = Popraw ofertę poniżej, a potem wybierz „Sprawdź i złóż”, aby złożyć poprawioną wersję. Poprzednia wersja zostaje w urzędzie.
formal_checklist = Warunki formalne
formal_checklist_hint = Odpowiedzi podpowiedziane przez automatyczne sprawdzenie są już zaznaczone – potwierdź je albo zmień. Pozostałe oceń sam.
formal_on_time = Oferta złożona w terminie
formal_eligible_applicant = Oferent jest podmiotem uprawnionym (art. 3 ust. 2–3 ustawy)
formal_statutory_activity = Zadanie mieści się w działalności statutowej oferenta
formal_complete_form = Formularz oferty wypełniony we wszystkich wymaganych częściach
formal_required_attachments = Załączono wymagane załączniki
formal_authorised_signatures = Oferta potwierdzona przez osoby upoważnione do reprezentacji
formal_financial_conditions = Zachowane limity dotacji, wkładu własnego i kosztów administracyjnych
answer_met = spełnia
answer_not_met = nie spełnia
answer_not_applicable = nie dotyczy
admin_costs = Koszty administracyjne
sources_total = Suma źródeł finansowania
start_offer = Rozpocznij ofertę
open_calls_for_you = Konkursy, w których trwa nabór
organisation = Organizacja
edit = Edytuj
saved = Zapisano.
other_attachment = inny załącznik
attachment_kind = Rodzaj załącznika
attachment_file = Plik
attachment_hint = PDF, JPG, PNG, DOCX lub ODT, do 10 MB.
add_attachment = Dodaj załącznik
autosaved = Zapisano automatycznie:
autosave_offline = Brak połączenia — zmiany czekają w przeglądarce, ponowimy zapis za chwilę.
autosave_stale = Ktoś zapisał tę ofertę w innym oknie. Zapisz ręcznie, aby zobaczyć obie wersje.
remove = Usuń
row = wiersz
cannot_submit = Nie można złożyć oferty
edit_call = Edycja konkursu
criteria_hint = Kryteria ustawowe (art. 15 ust. 1) są zawsze w konkursie: ustal ich punktację. Kryterium 4 dotyczy tylko wspierania zadania. Aby dodać własne kryterium, wypełnij pusty wiersz; aby usunąć dodane, wyczyść wszystkie pola jego wiersza.
criterion_name = Nazwa kryterium
criterion_points = Maksymalna liczba punktów
criterion_basis = Podstawa prawna
criteria_total = Razem punktów
formal_check_days = Dni na ocenę formalną (liczone od terminu składania ofert)
call_changed_elsewhere = Ktoś inny zmienił ten konkurs w międzyczasie. Poniżej są Twoje zmiany; sprawdź je i zapisz ponownie, aby zastąpić tamte.
call_not_editable_title = Tego konkursu nie można już edytować
call_not_editable = Edytować można tylko projekt konkursu, zanim zostanie opublikowany. Etap tego konkursu:
members_title = Osoby w organizacji
members_link = Osoby i zaproszenia
members_intro = Te osoby mogą przygotowywać i składać oferty organizacji.
member_since = Od kiedy
pending_invitations = Oczekujące zaproszenia
no_pending_invitations = Brak oczekujących zaproszeń.
invited_by = Zaprasza
valid_until = Ważne do
revoke_invitation = Anuluj zaproszenie
invite_title = Zaproś osobę
invite_intro = Wyślemy e-mail z linkiem ważnym 7 dni. Po przyjęciu zaproszenia ta osoba zobaczy oferty organizacji i będzie mogła nad nimi pracować.
invite_name_hint = Nieobowiązkowe: podpowie imię przy zakładaniu konta.
invite_submit = Wyślij zaproszenie
invitation_sent = Zaproszenie wysłane.
invitation_cancelled = Zaproszenie anulowane: link już nie działa.
invitation_title = Zaproszenie do organizacji
invitation_from = zaprasza Cię do wspólnej pracy nad ofertami organizacji
invitation_for = Zaproszenie dla adresu
invitation_new_account = Podaj imię i nazwisko oraz ustal hasło. Konto będzie od razu aktywne: link przyszedł na Twój adres e-mail.
invitation_existing_account = Ten adres ma już konto w Granty. Podaj jego hasło, aby przyjąć zaproszenie.
invitation_signed_in = Jesteś zalogowany(-a) tym adresem. Możesz od razu dołączyć.
accept_create = Załóż konto i dołącz
accept_join = Dołącz do organizacji
wrong_password = Hasło jest nieprawidłowe.
invitation_used = Zaproszenie zostało już przyjęte
invitation_used_text = Ten link zadziałał już raz. Zaloguj się, aby pracować nad ofertami organizacji.
invitation_revoked = Zaproszenie anulowane
invitation_revoked_text = Organizacja anulowała to zaproszenie. Jeśli nadal masz dołączyć, poproś o nowe.
invitation_expired = Zaproszenie wygasło
invitation_expired_text = Zaproszenie było ważne 7 dni. Poproś osobę z organizacji o nowe.
invitation_refused = Tego konta nie można dodać do organizacji
invitation_refused_text = Jesteś zalogowany(-a) innym kontem albo to konto należy do pracownika urzędu. Wyloguj się i otwórz link ponownie.
kind_organisation_invitation = zaproszenie do organizacji
forbidden = Brak dostępu
forbidden_text = Nie masz uprawnień do tej strony.
conflict = Teraz nie jest to możliwe
conflict_text = Tej czynności nie można wykonać w obecnym stanie konkursu lub oferty; strona, z której przychodzisz, mogła być nieaktualna. Wróć i odśwież ją.
staff_only = Ta strona jest dostępna dla pracowników urzędu.
ngo_only = Ta strona jest dostępna dla organizacji pozarządowych.
form_expired_title = Formularz wygasł
forbidden_character_title = Nie można zapisać formularza
forbidden_character_text = Pole „{ $field }” zawiera znak sterujący (np. NUL), którego nie można zapisać. Wróć, usuń go i wyślij formularz ponownie.
unavailable = Granty jest chwilowo niedostępne
unavailable_text = Nie możemy teraz połączyć się z bazą danych. Spróbuj ponownie za kilka minut.
storage_unavailable = Nie udało się zapisać pliku: magazyn plików jest chwilowo niedostępny. Tekst oferty jest zapisany; dołącz plik ponownie za kilka minut.
server_error = Wystąpił błąd
server_error_text = Wystąpił błąd serwera. Spróbuj ponownie za chwilę.
go_home = Przejdź do strony głównej

## The mode of commissioning and the days of publication (art. 11 ust. 1, art. 13).
commissioning = Tryb zlecenia zadania
commissioning_hint = Przy powierzeniu dotacja finansuje całe zadanie: oferent nie wnosi wkładu własnego, a kryterium 4 nie jest oceniane.
commissioning_supporting = wspieranie (dotacja współfinansuje zadanie)
commissioning_entrusting = powierzenie (dotacja finansuje całe zadanie)
publication_days = Dni publikacji ogłoszenia
publication_days_hint = Termin składania ofert liczy się od ostatniego z tych dni (art. 13 ust. 1).
bip_on = w Biuletynie Informacji Publicznej
notice_board_on = na tablicy ogłoszeń urzędu
website_on = na stronie internetowej urzędu
website_on_hint = Puste: dzień publikacji w Granty.
not_recorded = nie zapisano
last_publication = Ostatni dzień publikacji
days_to_deadline = Dni od ostatniej publikacji do terminu składania ofert
record_publication = Zapisz dni publikacji
publication_recorded = Dni publikacji zapisane.
published_in = Ogłoszenie opublikowano

## The name this language gives itself, for the language switch.

language-self-name = Polski

## Formatting: the phases of a call, the states of an offer and durations.

phase-draft = projekt
phase-published = ogłoszony, nabór jeszcze nie trwa
phase-open = trwa nabór ofert
phase-closed = nabór zakończony
phase-in_evaluation = ocena ofert
phase-results_published = wyniki ogłoszone
phase-archived = zarchiwizowany
phase-cancelled = unieważniony

state-draft = wersja robocza
state-submitted = złożona
state-needs_correction = do uzupełnienia
state-resubmitted = uzupełniona
state-formally_accepted = poprawna formalnie
state-formally_rejected = odrzucona formalnie
state-withdrawn = wycofana

# Time left until a deadline: "3 dni 4 godziny" or, under a day, "2 godziny 5 minut".
time-left-days = { $days ->
        [one] { $days } dzień
        [few] { $days } dni
       *[many] { $days } dni
    } { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
       *[many] { $hours } godzin
    }
time-left-hours = { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
       *[many] { $hours } godzin
    } { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    }

## Broken rules: `rule-` and the rule's code.

rule-required = To pole jest wymagane.
rule-too_long = Wpisz najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    }.
rule-too_short = Wpisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
       *[many] { $min } znaków
    }.
rule-invalid_value = Ta wartość nie należy do dozwolonych opcji.
rule-invalid_email = Podaj poprawny adres e-mail, np. nazwa@przyklad.pl.
rule-invalid_number = Wpisz liczbę, np. 1234,56.
rule-too_many_decimals = Podaj najwyżej { $max ->
        [one] { $max } miejsce
        [few] { $max } miejsca
       *[many] { $max } miejsc
    } po przecinku.
rule-must_be_positive = Wartość musi być większa od zera.
rule-must_not_be_negative = Wartość nie może być ujemna.
rule-amount_too_large = Kwota jest za duża.
rule-sum_too_large = Suma tych kwot jest za duża, by ją zapisać – sprawdź wpisane kwoty.
rule-forbidden_character = Tekst zawiera znak sterujący (np. NUL), którego nie można zapisać – usuń go.
rule-currency_mismatch = Kwoty muszą być podane w walucie { $expected }.
rule-percent_out_of_range = Wartość procentowa musi mieścić się w przedziale od 0 do 100.
rule-end_before_start = Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.
rule-too_many_items = Możesz dodać najwyżej { $max ->
        [one] { $max } pozycję
        [few] { $max } pozycje
       *[many] { $max } pozycji
    }.
rule-unknown_reference = Wskazany element nie istnieje.
rule-duplicate = Ta wartość została już użyta.
rule-passwords_differ = Hasła się różnią: wpisz dwa razy to samo hasło.
rule-whole_number_between = Wpisz liczbę całkowitą od { $min } do { $max }.
rule-last_member = Organizacja musi mieć co najmniej jedną osobę: zanim odejdziesz, zaproś kogoś na swoje miejsce.
rule-already_member = Ta osoba już należy do organizacji.
rule-already_invited = Ten adres został już zaproszony; zaproszenie czeka na przyjęcie.
rule-staff_account = Ten adres należy do pracownika urzędu, który nie może dołączyć do organizacji.
rule-nip_length = NIP składa się z 10 cyfr.
rule-nip_checksum = Cyfra kontrolna numeru NIP się nie zgadza – sprawdź, czy nie ma literówki.
rule-regon_length = REGON składa się z 9 lub 14 cyfr.
rule-regon_checksum = Cyfra kontrolna numeru REGON się nie zgadza – sprawdź, czy nie ma literówki.
rule-krs_format = Numer KRS ma najwyżej 10 cyfr.
rule-iban_country = Podaj polski numer rachunku bankowego (PL i 26 cyfr).
rule-iban_length = Polski numer rachunku bankowego ma 26 cyfr po PL.
rule-iban_characters = Numer rachunku bankowego może zawierać po PL tylko cyfry.
rule-iban_checksum = Cyfry kontrolne numeru rachunku bankowego się nie zgadzają (mod-97) – sprawdź, czy nie ma literówki.
rule-min_grant_above_max_grant = Minimalna kwota dotacji nie może być wyższa niż maksymalna.
rule-max_grant_above_budget = Maksymalna kwota dotacji nie może przekraczać kwoty przeznaczonej na konkurs ({ $budget }).
rule-deadline_not_after_opening = Termin składania ofert musi przypadać po rozpoczęciu naboru ofert.
rule-deadline_in_past = Termin składania ofert już minął.
rule-deadline_too_soon = Termin składania ofert wyznaczono zaledwie { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } po publikacji ogłoszenia, a gmina wymaga co najmniej { $minimum ->
        [one] { $minimum } dzień
       *[other] { $minimum } dni
    }. Potwierdź, jeśli mimo to chcesz opublikować ogłoszenie.
rule-realisation_starts_before_deadline = Okres realizacji zadania nie powinien zaczynać się przed terminem składania ofert.
rule-no_criteria = Dodaj co najmniej jedno kryterium oceny ofert.
rule-date_outside_window = Data musi mieścić się w okresie realizacji zadania publicznego: od { $from } do { $to }.
rule-no_actions = Dodaj do harmonogramu co najmniej jedno działanie.
rule-no_cost_lines = Dodaj co najmniej jedną pozycję kosztów.
rule-unknown_action = W harmonogramie nie ma działania o numerze { $action_no }.
rule-action_without_costs = To działanie nie ma przypisanych żadnych kosztów.
rule-year_values_count = Podaj wartość osobno dla każdego roku realizacji zadania – zadanie obejmuje { $expected ->
        [one] { $expected } rok
        [few] { $expected } lata
       *[many] { $expected } lat
    }.
rule-year_values_sum = Wartości w poszczególnych latach muszą w sumie dać wartość pozycji, czyli { $total }.
rule-grant_part_above_line = Część kosztu finansowana z dotacji nie może przekraczać wartości pozycji, czyli { $line }.
rule-grant_parts_sum = Suma części kosztów finansowanych z dotacji musi być równa wnioskowanej kwocie dotacji, czyli { $grant }.
rule-grant_parts_not_allowed = W tym konkursie nie podaje się, jaka część każdej pozycji kosztów jest finansowana z dotacji.
rule-totals_differ = Suma źródeł finansowania ({ $sources }) musi być równa łącznej kwocie kosztów ({ $costs }).
rule-grant_below_minimum = Wnioskowana kwota dotacji jest niższa niż minimalna kwota dotacji w konkursie ({ $minimum }).
rule-grant_above_maximum = Wnioskowana kwota dotacji przekracza maksymalną kwotę dotacji w konkursie ({ $maximum }).
rule-own_contribution_too_low = Wkład własny wynosi { $actual } kosztów, a konkurs wymaga co najmniej { $required }.
rule-financial_contribution_too_low = Wkład własny finansowy wynosi { $actual } kosztów, a konkurs wymaga co najmniej { $required }.
rule-non_financial_contribution_too_low = Wkład własny niefinansowy (osobowy i rzeczowy) wynosi { $actual } kosztów, a konkurs wymaga co najmniej { $required }.
rule-admin_costs_above_cap = Koszty administracyjne stanowią { $actual } kosztów, a konkurs dopuszcza najwyżej { $cap }.
rule-attachment_missing = Brakuje wymaganego załącznika „{ $name }”.
rule-declaration_required = Przed złożeniem oferty zaznacz to oświadczenie.
rule-paid_not_allowed_for_simple_association = Stowarzyszenie zwykłe nie może realizować zadania odpłatnie.
rule-partner_is_applicant = Oferent nie może być jednocześnie swoim partnerem.
rule-partner_shares_above_total = Udziały partnerów nie mogą przekraczać łącznych kosztów zadania, czyli { $total }.
rule-deficiencies_required = Wskaż co najmniej jeden brak do uzupełnienia.
rule-reason_required = Podaj uzasadnienie decyzji.
rule-accepted_with_unmet_condition = Oferty, która nie spełnia tego warunku, nie można uznać za poprawną: wezwij do uzupełnienia albo ją odrzuć.
rule-file_too_large = Plik jest za duży; limit wynosi { $max_megabytes } MB.
rule-file_type_not_allowed = Ten rodzaj pliku nie jest przyjmowany; dozwolone: { $allowed }.
rule-file_content_not_allowed = Zawartość pliku nie jest dozwolonego rodzaju, niezależnie od jego nazwy; dozwolone: { $allowed }.
rule-file_empty = Plik jest pusty.
# The domain corrections of issue 8 (branch domainfix) add these rules; their `Rule` variants
# arrive when that branch is merged.
rule-all_zeros = Numer złożony z samych zer jest nieprawidłowy.
rule-statutory_criterion_missing = Nie można usunąć kryterium z art. 15 ust. 1 pkt { $point } ustawy o działalności pożytku publicznego – każdy konkurs je uwzględnia.
rule-own_means_criterion_only_for_support = Kryterium z art. 15 ust. 1 pkt 4 (planowany udział środków finansowych własnych lub z innych źródeł) dotyczy tylko wspierania zadania – usuń je z konkursu na powierzenie zadania.
rule-publication_date_in_future = Data publikacji nie może być datą przyszłą.
rule-fees_without_paid_activity = Świadczenia pieniężne od odbiorców zadania można pobierać tylko w ramach działalności odpłatnej, a oferta deklaruje realizację nieodpłatną.
rule-fees_not_allowed_for_simple_association = Stowarzyszenie zwykłe nie może pobierać świadczeń pieniężnych od odbiorców zadania – nie prowadzi działalności odpłatnej.
rule-other_public_funds_not_allowed = Formularz oferty w tej gminie nie ma pozycji „środki z innych źródeł publicznych” – wpisz te środki jako wkład własny finansowy (3.1).
rule-task_too_long = Zadanie nie może trwać dłużej niż { $max_years ->
        [one] { $max_years } rok
        [few] { $max_years } lata
       *[many] { $max_years } lat
    } – tyle wynosi najdłuższy okres umowy.

## API problems (problem+json): `problem-` and the problem's type, a title and sometimes a detail.

problem-unauthorized = Zaloguj się, aby kontynuować.
problem-forbidden = Nie masz uprawnień do tej operacji.
problem-not-found = Nie znaleziono.
problem-invalid = Popraw zaznaczone pola.
problem-bad-request = Nieprawidłowe żądanie.
problem-too-large = Przesłane dane są zbyt duże.
problem-too-large-detail = max { $max_bytes } B
problem-state-conflict = Tej operacji nie można teraz wykonać.
problem-stale-version = Ktoś zmienił ten dokument w międzyczasie. Twoje zmiany nie zostały zapisane: porównaj je z aktualną wersją.
problem-conflict = Konflikt z istniejącymi danymi.
problem-email-not-confirmed = Potwierdź najpierw adres e-mail: wysłaliśmy link na Twoją skrzynkę.
problem-attachment-locked = Ten załącznik jest częścią złożonej oferty i nie można go usunąć.
problem-internal = Wystąpił błąd serwera. Spróbuj ponownie za chwilę.
problem-unavailable = Baza danych jest chwilowo niedostępna. Nic nie zostało zmienione; spróbuj ponownie za chwilę.
problem-storage-unavailable = Magazyn plików jest chwilowo niedostępny. Plik nie został zapisany; spróbuj ponownie za chwilę.
problem-call-state-detail = Konkurs jest w stanie, który na to nie pozwala ({ $phase })
problem-deadline-passed = Termin składania ofert minął { $at }.
problem-not-yet-open = Nabór ofert rozpocznie się { $at }.
problem-correction-period-over = Termin na uzupełnienie braków minął { $at }.
problem-application-state = Oferta jest w stanie, który na to nie pozwala: { $state }.

## Emails: each event's template asks for these.

email-greeting = Dzień dobry,
email-open = Otwórz w Granty
email-closing = Wiadomość wysłana automatycznie przez Granty.
# The first line of a letter to a named person.
email-addressee = { $name },

email-submitted-subject = Potwierdzenie złożenia oferty { $receipt_number }
email-resubmitted-subject = Złożono poprawioną ofertę { $receipt_number }
email-submitted-offer = Oferta „{ $application_title }” ({ $organisation_name }) — konkurs „{ $call_title }”.
email-submitted-receipt = Numer potwierdzenia: { $receipt_number }. Data i godzina złożenia: { $submitted_at }.

email-correction-subject = Oferta wymaga uzupełnienia: { $application_title }
email-correction-found = W ocenie formalnej oferty „{ $application_title }” ({ $call_title }) stwierdzono braki:
email-correction-due = Poprawioną ofertę złóż w Granty do { $due }.

email-accepted-subject = Oferta poprawna formalnie: { $application_title }
email-accepted-text = Oferta „{ $application_title }” ({ $call_title }) przeszła ocenę formalną i zostanie oceniona merytorycznie.

email-rejected-subject = Oferta odrzucona z przyczyn formalnych: { $application_title }
email-rejected-text = Oferta „{ $application_title }” ({ $call_title }) nie przeszła oceny formalnej.
email-rejected-reason = Uzasadnienie: { $reason }

email-confirmation-subject = Potwierdź adres e-mail w Granty
email-confirmation-text = dziękujemy za założenie konta. Aby z niego korzystać, potwierdź adres e-mail, otwierając link poniżej w ciągu 48 godzin.
email-confirmation-ignore = Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.

email-reset-subject = Ustaw nowe hasło w Granty
email-reset-text = otrzymaliśmy prośbę o zmianę hasła. Nowe hasło ustawisz, otwierając link poniżej w ciągu 2 godzin.
email-reset-ignore = Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.

email-invitation-subject = { $inviter_name } zaprasza Cię do organizacji „{ $organisation_name }” w Granty
email-invitation-text = { $inviter_name } zaprasza Cię do wspólnej pracy nad ofertami organizacji „{ $organisation_name }” ({ $tenant_name }).
email-invitation-accept = Aby przyjąć zaproszenie, otwórz link poniżej. Jeśli nie masz jeszcze konta, ustawisz hasło. Link jest ważny do { $expires_at }.
email-invitation-ignore = Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.

# How long is left before a reminder's deadline: 0 days is "the last day".
email-remaining-days = { $days ->
        [0] ostatni dzień
        [one] { $days } dzień
       *[other] { $days } dni
    }
email-remaining-hours = { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
       *[many] { $hours } godzin
    }
email-remaining-overdue = termin minął

email-draft-deadline-subject = Do końca naboru ofert zostało { $when }: { $call_title }
email-draft-deadline-text = Twoja oferta „{ $application_title }” nie została jeszcze złożona.
email-draft-deadline-at = Termin składania ofert: { $deadline }.

email-correction-due-subject = Na uzupełnienie oferty zostało { $when }: { $application_title }
email-correction-due-text = Poprawioną ofertę złóż do { $due }.

email-formal-check-due-subject = Do końca oceny formalnej zostało { $when }: { $call_title }
email-formal-check-due-pending = Oferty czekające na ocenę formalną: { $pending }.
email-formal-check-due-at = Termin oceny formalnej: { $due }.

## The submission receipt attached to the confirmation.

# The receipt's file name is the same in every language.
receipt-file-name = potwierdzenie-{ $number }.txt
receipt-title = POTWIERDZENIE ZŁOŻENIA OFERTY
receipt-number = Numer
receipt-call = Konkurs
receipt-offer = Oferta
receipt-applicant = Oferent
receipt-submitted = Złożono
receipt-digest = Skrót treści (SHA-256)

# The audit trail of an offer (staff).
audit_history_title = Historia zmian
audit_history_intro = Każda zmiana tej oferty, od najstarszej: kto, kiedy, z jakiego adresu i co zmienił. Wpisy są powiązane skrótami; sprawdza je granty audit verify.
audit_col_when = Kiedy
audit_col_who = Kto
audit_col_action = Czynność
audit_col_from = Z adresu
audit_col_changes = Zmiany
audit_no_entries = Brak wpisów.
audit_by_system = System (wiersz poleceń lub zadanie okresowe)
audit_action_create = Rozpoczęto szkic
audit_action_save_draft = Zapisano szkic
audit_action_submit = Złożono
audit_action_submit_correction = Złożono korektę
audit_action_withdraw = Wycofano
audit_action_formal_check = Zapisano ocenę formalną
audit_action_upload = Dołączono plik
audit_action_delete = Usunięto plik
## Accounts and sessions: throttled logins, the account page, the lockout letter.

problem-too-many-logins = Zbyt wiele nieudanych prób logowania.
too-many-logins-detail = Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    } albo ustaw nowe hasło.
account_title = Twoje konto
account_sessions = Sesje
account_sessions_text = Jeśli logowałeś się na cudzym komputerze albo zgubiłeś telefon, wyloguj się wszędzie: zakończymy każdą sesję tego konta, także tę.
log_out_everywhere = Wyloguj się wszędzie
email-locked-subject = Wstrzymaliśmy logowanie na Twoje konto w Granty
email-locked-text = ktoś { $failures } razy podał złe hasło do Twojego konta. Do { $until } nie przyjmiemy kolejnych prób logowania.
email-locked-advice = Jeśli to nie Ty, ustaw nowe hasło, otwierając link poniżej: zakończy to też wszystkie sesje.

# --- sec-finish ---
problem-two-factor-required = To konto loguje się kodem dwuskładnikowym: wyślij totp_code razem z hasłem.
two_factor_login_title = Kod z aplikacji
two_factor_login_text = Hasło jest poprawne. Wpisz sześciocyfrowy kod, który aplikacja uwierzytelniająca pokazuje dla Granty.
two_factor_code = Kod sześciocyfrowy
two_factor_code_wrong = Ten kod jest błędny albo został już użyty. Wpisz kod, który aplikacja pokazuje teraz.
two_factor_start_again = Zacznij od nowa od hasła
two_factor_expired = Czas na wpisanie kodu minął. Zaloguj się ponownie hasłem.
two_factor_title = Logowanie dwuskładnikowe
two_factor_off_text = Przy logowaniu dwuskładnikowym potrzebne są hasło i kod z aplikacji uwierzytelniającej w telefonie.
two_factor_start = Włącz logowanie dwuskładnikowe
two_factor_pending_text = Zeskanuj kod QR aplikacją uwierzytelniającą albo wpisz do niej klucz ręcznie. Potem wpisz pokazany kod, aby włączyć logowanie dwuskładnikowe. Klucz jest widoczny tylko do tego momentu.
two_factor_qr_label = Kod QR dla aplikacji uwierzytelniającej
two_factor_secret = Klucz
two_factor_uri = Adres dla aplikacji (otpauth)
two_factor_confirm = Włącz logowanie dwuskładnikowe
two_factor_on_text = Logowanie dwuskładnikowe jest włączone: każde logowanie wymaga kodu z aplikacji. Aby je wyłączyć, wpisz bieżący kod.
two_factor_disable = Wyłącz logowanie dwuskładnikowe
two_factor_required_notice = Urząd wymaga od pracowników logowania dwuskładnikowego. Włącz je, aby przejść do pracy.
audit_action_update = Zmieniono
audit_action_edit = Zmieniono
audit_action_publish = Opublikowano
audit_action_record_publication = Zapisano dni publikacji
audit_action_cancel = Odwołano
audit_action_remove_member = Usunięto członka
audit_action_invite = Zaproszono członka
call_history_intro = Każda zmiana tego konkursu, od najstarszej: kto, kiedy, z jakiego adresu i co zmienił.
organisation_history_intro = Każda zmiana profilu i członków tej organizacji, od najstarszej: kto, kiedy, z jakiego adresu i co zmienił.
history_link = Historia zmian
back_to_call = Wróć do konkursu
back_to_offers = Wróć do ofert
people_title = Dane osobowe
people_intro = Znajdź osobę z tego urzędu po adresie e-mail: pobierz wszystko, co Granty o niej przechowuje (ten sam JSON co granty person export), albo usuń jej dane osobowe. Złożone oferty i historia zmian zostają.
people_email = Adres e-mail
people_find = Szukaj
people_email_required = Wpisz adres e-mail.
people_not_found = Żadna osoba z tego urzędu nie ma tego adresu e-mail.
people_found = Znaleziona osoba
people_download = Pobierz eksport (JSON)
people_erase = Usuń dane osobowe
people_erase_title = Usunąć dane osobowe tej osoby?
people_erase_text = Imię i nazwisko, adres e-mail i hasło zostaną zastąpione; osoba nie zaloguje się już. Złożone oferty i historia zmian zostają. Tego nie można cofnąć.
people_erase_confirm = Tak, usuń
people_cancel = Anuluj
people_erased = Dane osobowe tej osoby zostały usunięte.
# --- front ---
front_towns_title = Konkursy grantowe gmin
front_towns_intro = Wybierz gminę, aby zobaczyć otwarte konkursy, sposób składania ofert i logowanie.
front_no_towns = Żadna gmina nie prowadzi jeszcze konkursów w Granty.
front_how_to_apply = Jak złożyć ofertę
front_step_account = Załóż konto osoby działającej w imieniu organizacji i potwierdź je linkiem z e-maila.
front_step_organisation = Zarejestruj organizację (NIP, REGON, KRS, rachunek bankowy).
front_step_offer = Otwórz konkurs z listy powyżej i rozpocznij ofertę; zapisuje się w trakcie pisania.
front_step_submit = Sprawdź ofertę i złóż ją przed terminem: potwierdzenie przyjdzie e-mailem.
front_have_account = Masz już konto?
front_account_language = Język
front_account_language_hint = W tym języku wyświetlamy strony Granty i wysyłamy Ci e-maile.
front_language_now = Teraz:
front_language_saved = Język został zapisany. Strony i e-maile są teraz w tym języku.
front_save_language = Zapisz język
front_language_unknown = Wybierz jeden z języków z listy.
front_forbidden_heading = Nie możesz otworzyć tej strony
# --- clerk ---
email-correction-justification = Uzasadnienie urzędu:
decision_saved = Decyzja została zapisana
last_decision = Ostatnia decyzja
decision_made_at = Data decyzji
justification = Uzasadnienie
justification_hint = Dlaczego urząd wzywa do uzupełnienia lub odrzuca ofertę. Oferent zobaczy je w wiadomości e-mail i w edytorze.
correction_justification = Uzasadnienie urzędu:
submit_correction = Składam korektę
correction_receipt_title = Korekta złożona
correction_number_explained = Numer { $number } oznacza korektę nr { $n } oferty złożonej pod numerem { $offer_number }. Urząd zachowuje wcześniejszą wersję.
versions_heading = Złożone wersje
version_kind = Rodzaj
version_kind_submission = oferta
version_kind_correction = korekta
version_diff_heading = Co się zmieniło
diff_field = Pole
diff_none = Korekta nie zmieniła żadnego pola formularza.
activity_heading = Oferty rozpoczęte i złożone
activity_started = Rozpoczęte
activity_submitted = Złożone
activity_hint = jeden słupek na dzień, a w ostatnich 48 godzinach przed terminem na godzinę.
activity_table = Liczby z wykresu w tabeli
activity_period = Dzień lub godzina
activity_none = Nikt jeszcze nie rozpoczął oferty.
activity_hourly_from = 48 h przed terminem
activity_desc = Wykres słupkowy ofert na dzień, a w ostatnich 48 godzinach przed terminem na godzinę. Łącznie rozpoczęte: { $started }, złożone: { $submitted }. Tabela poniżej podaje te same liczby.
sent_first_try = wysłano za pierwszym razem
submitted_count = złożone
# --- attach ---
attachment_kind_statut = Statut organizacji
attachment_kind_statute = Statut organizacji
attachment_kind_krs = Odpis z Krajowego Rejestru Sądowego
attachment_kind_odpis_krs = Odpis z Krajowego Rejestru Sądowego
attachment_kind_pelnomocnictwo = Pełnomocnictwo
attachment_kind_inne = Inny załącznik
attachment_col_kind = Rodzaj
attachment_col_file = Plik
attachment_col_type = Typ
attachment_col_size = Rozmiar
attachment_col_uploaded = Dodano
attachment_download = Pobierz
attachment_replace = Zastąp plik
attachment_new_file = Nowy plik
attachment_remove = Usuń z oferty
attachment_versions = Historia wersji
attachment_version = Wersja
attachment_filed_with = złożona z wersją oferty
attachment_replaced_on = zastąpiona
attachment_removed_on = usunięta
attachments_removed = Usunięte z oferty (zachowane w historii)
attachments_on_offer = Załączniki oferty
attachment_upload_new = Dodaj załącznik
attachment_not_found = Tego załącznika nie ma już w ofercie: ktoś mógł go właśnie zastąpić lub usunąć. Lista poniżej jest aktualna.
audit_action_replace = Plik zastąpiony nową wersją
# --- editor ---
editor_progress = uzupełniono: { $filled } z { $total }
editor_progress_heading = Postęp wypełniania
editor_to_correct = Do poprawienia
editor_show_missing = Pokaż wszystko, czego jeszcze brakuje
editor_nothing_missing = Niczego nie brakuje: ofertę można przejrzeć i złożyć.
editor_title_limit = Największa długość w znakach:
editor_characters_used = Wpisano: %count% z %max%.
editor_rows_hint = Potrzeba więcej wierszy? Naciśnij „Dodaj wiersz”. Puste wiersze są pomijane przy zapisie.
editor_add_row = Dodaj wiersz
editor_row_added = Dodano wiersz na końcu tabeli.
withdraw_heading = Wycofanie oferty
withdraw_explanation = Urząd nie rozpatruje wycofanej oferty. Do upływu terminu możesz rozpocząć w tym konkursie nową ofertę. Wycofania nie można cofnąć.
withdraw_button = Tak, wycofuję ofertę
withdraw_link = Wycofaj ofertę
withdraw_hint = Zmiana planów przed upływem terminu?
withdraw_done = Oferta została wycofana.
delete_heading = Usunięcie wersji roboczej
delete_explanation = Wersja robocza i wszystko, co w niej wpisano, zostaną usunięte. Tego nie można cofnąć.
delete_button = Tak, usuwam wersję roboczą
delete_link = Usuń tę wersję roboczą
delete_done = Wersja robocza została usunięta.
removal_refused = Teraz nie można tego zrobić
removal_cancel = Nie, wróć
start_offer_login_hint = Zaloguj się kontem organizacji, aby rozpocząć ofertę; wrócisz do tego konkursu.
start_offer_continues = Jeśli Twoja organizacja rozpoczęła już ofertę w tym konkursie, będziesz ją kontynuować.
problem-two-factor-enrolment-required = Gmina wymaga od urzędników logowania dwuetapowego: włącz je na stronie konta, zanim użyjesz API.

# --- polish ---
size_kilobytes = kB
size_megabytes = MB

# --- recovery ---
recovery_codes_heading = Kody odzyskiwania
recovery_codes_text = Gdy zgubisz telefon, każdy kod odzyskiwania otwiera jedno logowanie zamiast kodu z aplikacji. Nowe kody zastępują wszystkie dotychczasowe.
recovery_codes_left = Niewykorzystane kody odzyskiwania:
recovery_codes_few_left = Zostało niewiele kodów odzyskiwania (albo żaden). Wygeneruj nowe.
recovery_codes_new_heading = Twoje kody odzyskiwania
recovery_codes_new_text = Zapisz te kody teraz: są pokazywane tylko ten jeden raz. Każdy działa przy jednym logowaniu. Przechowuj je z dala od telefonu (wydrukowane albo w menedżerze haseł).
recovery_codes_download = Pobierz jako plik tekstowy
recovery_codes_print_hint = Aby je wydrukować, wydrukuj tę stronę (Ctrl+P): na wydruku będą tylko kody.
recovery_codes_regenerate_code = Bieżący kod z aplikacji
recovery_codes_regenerate = Wygeneruj nowe kody odzyskiwania
recovery_codes_disable_hint = Aby wyłączyć logowanie dwuskładnikowe, wpisz bieżący kod z aplikacji albo, bez telefonu, jeden z kodów odzyskiwania.
recovery_codes_file_heading = Granty: kody odzyskiwania do logowania dwuskładnikowego
recovery_codes_login_hint = Nie masz telefonu? Wpisz jeden z kodów odzyskiwania (np. ABCDE-FGHJK); każdy działa tylko raz.
# --- scoring ---
rule-gate_carries_no_points = Kryterium „spełnia / nie spełnia” nie ma punktów: wpisz 0 jako maksimum.
rule-statutory_criterion_not_gate = Kryterium ustawowe (art. 15 ust. 1) jest oceniane punktowo, nie może być kryterium „spełnia / nie spełnia”.
rule-points_above_maximum = Za to kryterium można przyznać najwyżej { $max } pkt.
rule-half_points_not_allowed = W tym konkursie punkty przyznaje się w liczbach całkowitych (bez połówek).
rule-justification_too_short = Uzasadnienie musi mieć co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
       *[many] { $min } znaków
    } (teraz: { $actual }).
rule-points_required = Przyznaj punkty za to kryterium.
rule-pass_fail_required = Zaznacz, czy oferta spełnia to kryterium.
email-scoring-due-subject = Do końca oceny merytorycznej zostało { $when }: { $call_title }
email-scoring-due-pending = Karty ocen czekające na złożenie: { $pending }.
email-scoring-due-at = Termin oceny: { $due }.
email-scorecard-reopened-subject = Karta oceny otwarta ponownie: { $application_title }
email-scorecard-reopened-text = Urzędnik otworzył ponownie Twoją kartę oceny oferty „{ $application_title }” ({ $call_title }). Możesz ją poprawić i złożyć jeszcze raz.
email-scorecard-reopened-reason = Powód: { $reason }
evaluations_title = Ocena ofert
evaluations_none = Nie zasiadasz w żadnej komisji konkursowej.
evaluations_declare = Podpisz oświadczenie o bezstronności
evaluations_declare_hint = Oferty tego konkursu zobaczysz po podpisaniu oświadczenia o bezstronności (art. 24 KPA).
evaluations_no_offers = Nie przydzielono Ci jeszcze ofert w tym konkursie.
evaluations_offers = Oferty do oceny
evaluations_offer = Oferta
evaluations_call = Konkurs
evaluations_card = Karta oceny
evaluations_open = Otwórz
evaluations_score = Oceń
scoring_deadline = Termin oceny
no_scoring_deadline = nie ustalono
scoring_screen = Ocena merytoryczna
card_not_started = do oceny
card_draft = wersja robocza
card_submitted = złożona
card_late = po terminie
card_saved = Zapisano wersję roboczą karty.
card_submitted_now = Karta oceny została złożona.
card_submitted_at = Złożona
card_stale = Kartę zmieniono w innym oknie. Odśwież stronę, aby zobaczyć aktualną wersję.
card_read_only = Karta została złożona i jest tylko do odczytu. Zmienić ją można dopiero, gdy urzędnik otworzy ją ponownie.
card_may_not_score = Możesz czytać tę ofertę, ale jej nie oceniasz (nie przydzielono Ci jej albo masz w komisji głos doradczy).
card_reopened_because = Urzędnik otworzył kartę ponownie. Powód:
criterion_gate = spełnia / nie spełnia
criterion_max = maks. pkt
criterion_weight = waga
criterion_pass = Spełnia
criterion_fail = Nie spełnia
justification_min = Co najmniej znaków:
characters_typed = Wpisano:
autosave_saved = Zapisano
save_card_draft = Zapisz wersję roboczą
submit_card = Złóż kartę oceny
track_record = Dotychczasowa współpraca (art. 15 ust. 1 pkt 6)
track_record_none = Organizacja nie składała wcześniej ofert w Granty w tej gminie.
track_record_no_settlement = W Granty nie ma jeszcze zapisanych sprawozdań ani zwrotów dotacji.
track_record_year = Rok
track_record_formal = Ocena formalna
track_record_corrections = Wezwania do uzupełnień
track_record_awarded = Przyznana dotacja
clerk_scoring = Przebieg oceny
clerk_scoring_no_members = Komisja tego konkursu nie ma jeszcze członków.
clerk_scorecard = Karta oceny członka komisji
col_member = Członek komisji
col_assigned = Przydzielone
member_no_score = bez prawa oceny
scoring_past_deadline = Termin oceny minął.
reopen_card = Otwórz kartę ponownie
reopen_reason = Powód ponownego otwarcia
reopen_hint = Członek komisji dostanie e-mail z tym powodem i będzie mógł poprawić kartę.
card_points = Punkty
criterion_weight_label = Waga (1–10)
criterion_gate_label = Spełnia / nie spełnia
clerk_scorecards = Karty oceny oferty
clerk_scorecards_none = Nikt jeszcze nie zapisał karty oceny tej oferty.
# --- committee ---
rule-nominee_of_applicant = Osoba wskazana przez organizację „{ $organisation }”, która złożyła ofertę w tym konkursie (samodzielnie lub jako partner), nie może być członkiem komisji (art. 15 ust. 2d ustawy).
rule-nominator_required = Wskaż organizację pozarządową, która zgłosiła tę osobę.
rule-no_ngo_reason_required = W komisji nie ma osoby wskazanej przez organizację pozarządową: przed rozpoczęciem oceny zapisz jedną z trzech przyczyn z art. 15 ust. 2da ustawy.
rule-not_an_evaluator = Ta osoba nie ma w urzędzie roli oceniającego.
rule-already_on_committee = Ta osoba jest już członkiem komisji tego konkursu.
rule-already_declared = Oświadczenie o bezstronności w tym konkursie zostało już podpisane.
rule-member_excluded = Ten członek komisji jest wyłączony z oceny tej oferty.
rule-not_on_committee = Ta osoba nie jest oceniającym członkiem komisji tego konkursu.
rule-no_scoring_members = W komisji nie ma nikogo, kto ocenia oferty punktowo.
email-committee-subject = Powołanie do komisji konkursowej: { $call_title }
email-committee-text = Zostali Państwo powołani do komisji konkursowej w konkursie „{ $call_title }” jako { $member_kind ->
        [official] przedstawiciel organu wykonawczego
        [ngo_nominee] osoba wskazana przez organizację pozarządową
       *[other] ekspert z głosem doradczym
    }.
email-committee-nominated-by = Organizacja wskazująca: { $nominated_by }.
email-committee-declare = Zanim zobaczą Państwo oferty, prosimy podpisać oświadczenie o bezstronności (art. 24 Kodeksu postępowania administracyjnego). Oświadczenie otwiera link poniżej.
email-reassign-subject = Potrzebna zmiana przydziału ofert: { $call_title }
email-reassign-text = { $member_name } zgłosił(a) w oświadczeniu o bezstronności powiązanie z oferentami w konkursie „{ $call_title }” i został(a) wyłączony(-a) z oceny tych ofert:
email-reassign-ask = Prosimy przydzielić te oferty innemu członkowi komisji.
committee_title = Komisja konkursowa
committee_intro = Komisja opiniuje oferty; decyzję podejmuje organ wykonawczy. Członek komisji widzi oferty dopiero po podpisaniu oświadczenia o bezstronności.
committee_link = Komisja i przydział ofert
committee_members = Członkowie komisji
committee_none = Komisja nie ma jeszcze członków.
member_name = Osoba
member_kind = Rola w komisji
member_kind_official = przedstawiciel organu wykonawczego
member_kind_ngo_nominee = osoba wskazana przez organizację pozarządową
member_kind_adviser = ekspert z głosem doradczym
member_nominated_by = Wskazana przez
member_scores = Ocenia punktowo
member_declared = Oświadczenie o bezstronności
member_declared_no = nie podpisano
member_exclusions = Wyłączenia
member_assigned = Przydzielone oferty
committee_member_removed = Odwołany(-a)
member_actions = Działania
scores_yes = tak
scores_no = nie (głos doradczy)
scores_switch_on = Niech ocenia punktowo
scores_switch_off = Tylko głos doradczy
committee_remove_member = Odwołaj z komisji
removal_reason = Powód odwołania
appoint_heading = Powołaj członka komisji
appoint_person = Osoba (konto z rolą oceniającego)
appoint_kind = Rola w komisji
appoint_nominator_org = Organizacja wskazująca (z listy)
appoint_nominator_name = albo nazwa organizacji wskazującej
appoint_nominator_hint = Tylko dla osoby wskazanej przez organizację pozarządową. Osoba wskazana przez organizację, która złożyła ofertę w tym konkursie, nie może zasiadać w komisji.
appoint_nominator_pick = — wybierz —
appoint_scores = Ocenia punktowo (ekspert domyślnie nie ocenia)
appoint_submit = Powołaj
settings_heading = Zasady oceny
settings_half_points = Dopuszczalne połówki punktów
settings_min_justification = Najkrótsze uzasadnienie przy kryterium (znaki)
settings_min_total = Najniższa suma punktów do rekomendacji
settings_min_total_hint = Np. 30 albo 30,5. Puste pole: bez progu.
settings_divergence = Rozbieżność ocen wymagająca wyjaśnienia (% maksimum)
settings_per_offer = Oceniających na ofertę
settings_per_offer_hint = Puste pole: każdy oceniający członek ocenia każdą ofertę.
settings_deadline = Termin oceny (czas lokalny urzędu)
settings_tie_breakers = Rozstrzyganie remisów
settings_tie_breakers_hint = Kolejne reguły oddzielone przecinkami: „criterion:N” (wyższa ocena w kryterium o numerze N, licząc od 0) lub „received” (wcześniejszy wpływ oferty). Domyślnie: criterion:1, received.
settings_no_ngo_reason = Przyczyna braku osób wskazanych przez organizacje (art. 15 ust. 2da)
no_ngo_reason_none = — nie dotyczy —
no_ngo_reason_no_nominations = żadna organizacja nie wskazała osób do komisji
no_ngo_reason_nominees_applying = wskazane osoby nie mogą uczestniczyć, bo ich organizacje złożyły oferty
no_ngo_reason_nominees_excluded = wszystkie wskazane osoby wyłączono na podstawie art. 24 KPA
settings_save = Zapisz zasady oceny
assign_heading = Przydział ofert
assign_all = Każdy oceniający członek ocenia każdą ofertę
assign_spread = Rozdziel oferty równomiernie
assign_per_offer = Oceniających na ofertę
assign_submit = Przydziel oferty
assign_intro = Pierwszy przydział rozpoczyna ocenę zamkniętego konkursu. Członek wyłączony z oferty nigdy jej nie dostaje; dotychczasowe przydziały zostają.
assign_short = Tych ofert nie udało się przydzielić wymaganej liczbie członków:
reassign_heading = Zmień przydział oferty
reassign_offer = Oferta
reassign_from = Odbierz członkowi
reassign_from_none = — nikomu (uzupełnij brak) —
reassign_to = Przydziel członkowi
reassign_reason = Powód zmiany
reassign_submit = Zmień przydział
needs_reassignment_heading = Oferty do ponownego przydziału
needs_reassignment_hint = Członek komisji zgłosił powiązanie z oferentem i został wyłączony z tych ofert. Przydziel je innemu członkowi.
offers_under_evaluation = Oferty w ocenie
assignment_history = Historia przydziałów
history_assigned_at = Przydzielono
history_ended_at = Zakończono
history_end_reason = Powód
end_reason_declared_tie = zgłoszone powiązanie z oferentem
committee_appointed = Członek komisji został powołany; wysłaliśmy mu wiadomość z linkiem do oświadczenia.
committee_removed = Członek komisji został odwołany.
committee_scores_changed = Zmieniono sposób udziału członka w ocenie.
committee_settings_saved = Zasady oceny zostały zapisane.
committee_assigned = Oferty zostały przydzielone.
committee_reassigned = Przydział oferty został zmieniony.
declaration_title = Oświadczenie o bezstronności
declaration_statement = Oświadczam, że nie zachodzą wobec mnie okoliczności wyłączające z udziału w komisji konkursowej określone w art. 24 Kodeksu postępowania administracyjnego (w związku z art. 15 ust. 2f ustawy o działalności pożytku publicznego i o wolontariacie): nie jestem stroną ani osobą, na której prawa lub obowiązki wpływa wynik konkursu; nie pozostaję z oferentem w związku małżeńskim, w stosunku pokrewieństwa lub powinowactwa, przysposobienia, opieki lub kurateli; nie jestem przedstawicielem oferenta ani nie pozostaję z nim w stosunku podległości służbowej; nie istnieją okoliczności mogące wywołać wątpliwość co do mojej bezstronności.
declaration_applicants = Oferenci i partnerzy w tym konkursie
declaration_no_applicants = Konkurs nie ma jeszcze ofert ocenionych pozytywnie pod względem formalnym.
declaration_no_ties = Nie mam powiązań z żadnym z wymienionych oferentów
declaration_ties = Jestem powiązany(-a) z zaznaczonymi oferentami
declaration_tie_hint = Zaznacz oferentów, z którymi łączy Cię powiązanie z art. 24 KPA. Zostaniesz wyłączony(-a) z oceny ich ofert, a urząd przydzieli je komuś innemu.
declaration_submit = Podpisuję oświadczenie
declaration_signed = Oświadczenie podpisane
declaration_signed_at = Data podpisania
declaration_signed_no_ties = Bez powiązań z oferentami.
declaration_signed_ties = Zgłoszone powiązania z oferentami:
declaration_done = Dziękujemy. Oświadczenie zostało zapisane.
declaration_first = Zanim zobaczysz oferty tego konkursu, podpisz oświadczenie o bezstronności.
# --- ranking ---
rule-award_above_request = Kwota dotacji przekracza kwotę wnioskowaną w ofercie ({ $requested }).
rule-award_above_pool = Kwota dotacji przekracza to, co zostało z puli na tym miejscu listy ({ $left }).
rule-award_below_minimum = Kwota dotacji jest niższa niż minimalna kwota dotacji w konkursie ({ $minimum }).
rule-applicant_flagged = Oferent ma zaległe sprawozdanie lub niezwróconą dotację, a gmina nie przyznaje wtedy dotacji.
rule-divergence_unresolved = Oceny członków komisji zbyt się różnią: rozstrzygnij rozbieżność przed przyznaniem dotacji.
ranking_title = Ranking ofert
ranking_raw = Ranking według punktów komisji
ranking_normalised = Ranking po wyrównaniu łagodności oceniających (pomocniczo)
ranking_normalised_hint = Ten ranking nie zastępuje rankingu komisji; pokazuje, jak wyglądałaby lista bez różnic w łagodności oceniających.
ranking_place = Miejsce
ranking_organisation = Organizacja
ranking_task = Zadanie
ranking_means = Średnie wg kryteriów
ranking_total = Suma punktów
ranking_recommended = Rekomendowana
ranking_yes = tak
ranking_no = nie
ranking_divergence = Rozbieżność ocen
ranking_divergence_resolved = rozstrzygnięta
ranking_divergence_open = do rozstrzygnięcia
ranking_resolution_note = Notatka rozstrzygająca
ranking_extra_member = Dodatkowy oceniający (opcjonalnie)
ranking_no_extra_member = bez dodatkowego oceniającego
ranking_resolve = Rozstrzygnij
ranking_divergence_saved = Rozstrzygnięcie rozbieżności zapisane.
ranking_flags = Uwagi o oferencie
ranking_flag_overdue_report = zaległe sprawozdanie
ranking_flag_unpaid_return = niezwrócona dotacja
ranking_requested = Wnioskowana kwota
ranking_amount = Kwota dotacji
ranking_reason = Uzasadnienie (przy kwocie niższej lub wyborze wbrew kolejności)
ranking_pool_left = Pozostało w puli
ranking_pool = Pula środków konkursu
ranking_save_awards = Zapisz dotacje
ranking_awards_saved = Dotacje zapisane.
ranking_leniency = Łagodność oceniających
ranking_member = Członek komisji
ranking_offers_scored = Ocenione oferty
ranking_offset = Średnie odchylenie od komisji
ranking_own_mean = Średnia oceniającego
ranking_panel_mean = Średnia komisji dla tych ofert
ranking_chart_pool = Pula przydzielona i pozostała w dół listy
ranking_chart_pool_desc = Słupki: kwota przyznana na każdym miejscu listy; linia: co zostało z puli po tym miejscu. Te same liczby są w tabeli obok.
ranking_chart_members = Sumy członków wobec średniej komisji
ranking_chart_members_desc = Dla każdego członka: średnia jego sum (ciemny słupek) i średnia komisji dla tych samych ofert (jasny słupek). Te same liczby są w tabeli łagodności.
ranking_allocated = Przyznano
ranking_download_csv = Pobierz ranking (CSV)
ranking_download_xlsx = Pobierz ranking (XLSX)
ranking_tie_rule = Równe sumy rozstrzyga kolejno
ranking_breaker_criterion = wyższa średnia w kryterium nr
ranking_breaker_received = wcześniejsze złożenie oferty
ranking_breaker_id = kolejność utworzenia oferty
ranking_separated_by = O miejscu zdecydowało
ranking_by_total = suma punktów
ranking_rounding = Sumy pokazane z dokładnością do dwóch miejsc po przecinku, zaokrąglone połówkowo w górę; ranking liczony jest na wartościach dokładnych.
ranking_max_total = Maksymalna suma punktów
ranking_unscored = nieoceniona
ranking_no_offers = Nie ma jeszcze ocenionych ofert.
ranking_figures = Liczby do wykresu
# --- results ---
rule-update_grant_differs = Zaktualizowany kosztorys musi wnioskować o dotację równą przyznanej kwocie: { $award }.
rule-update_own_share_fell = Udział wkładu własnego spadłby z { $before } do { $after } kosztów; aktualizacja nie może go obniżyć.
rule-update_scope_removed = Aktualizacja nie może zawężać zadania: brakuje „{ $name }” z oferty złożonej.
rule-update_not_expected = Na tym etapie nie można złożyć ani rozpatrzyć aktualizacji tej oferty.
rule-awards_missing = Nie można ogłosić wyników: ofert przyjętych formalnie bez decyzji o dotacji: { $count }.
rule-nothing_to_publish = Nie ma czego ogłosić: żadna oferta nie ma decyzji o dotacji. Konkurs bez ofert spełniających wymogi unieważnia się (art. 18a).
rule-decision_missing = Najpierw zapisz rozstrzygnięcie organu (kto i kiedy zdecydował).
rule-justification_period_over = Termin na żądanie uzasadnienia minął { $closed_on } (30 dni od ogłoszenia wyników, art. 15 ust. 2i).
rule-cancel_offers_exist = W konkursie złożono oferty (liczba: { $count }), więc nie można go unieważnić z powodu braku ofert.
rule-cancel_valid_offer_exists = Są oferty spełniające wymogi lub jeszcze w ocenie formalnej (liczba: { $count }), więc nie można unieważnić konkursu z tego powodu.
email-result-chosen-subject = Wyniki konkursu: oferta „{ $application_title }” wybrana
email-result-chosen-text = Oferta „{ $application_title }” w konkursie „{ $call_title }” została wybrana. Przyznana dotacja: { $amount }.
email-result-update-needed = Przyznana kwota ({ $amount }) jest niższa od wnioskowanej ({ $requested }). Złóż w Granty zaktualizowany kosztorys i harmonogram albo zrezygnuj z realizacji zadania.
email-result-not-chosen-subject = Wyniki konkursu: oferta „{ $application_title }”
email-result-not-chosen-text = Oferta „{ $application_title }” w konkursie „{ $call_title }” nie została wybrana do dofinansowania.
email-result-score = Liczba punktów przyznana przez komisję: { $score }.
email-update-filed-subject = Złożono aktualizację oferty „{ $application_title }”
email-update-filed-text = { $organisation_name } złożyła zaktualizowany kosztorys i harmonogram oferty „{ $application_title }” (konkurs „{ $call_title }”). Sprawdź go i przyjmij albo zwróć z uwagami.
email-update-withdrawn-subject = Rezygnacja z dotacji: „{ $application_title }”
email-update-withdrawn-text = { $organisation_name } zrezygnowała z realizacji zadania „{ $application_title }” (konkurs „{ $call_title }”).
email-update-accepted-subject = Aktualizacja przyjęta: „{ $application_title }”
email-update-accepted-text = Urząd przyjął zaktualizowany kosztorys i harmonogram oferty „{ $application_title }” (konkurs „{ $call_title }”). Dotacja jest ostateczna.
email-update-returned-subject = Aktualizacja zwrócona do poprawy: „{ $application_title }”
email-update-returned-text = Urząd zwrócił zaktualizowany kosztorys oferty „{ $application_title }” (konkurs „{ $call_title }”). Popraw go i złóż ponownie.
email-update-comment = Uwagi urzędu: { $comment }
email-justification-subject = Uzasadnienie rozstrzygnięcia konkursu „{ $call_title }”
email-justification-question = Twoje pytanie o wyniki konkursu „{ $call_title }”:
email-justification-answer = Odpowiedź urzędu:
email-cancelled-subject = Konkurs „{ $call_title }” został unieważniony
email-cancelled-text = Konkurs „{ $call_title }” został unieważniony na podstawie art. 18a ustawy o działalności pożytku publicznego i o wolontariacie.
email-cancelled-reason = Uzasadnienie: { $reason }
cancel-ground-no_offers = Nie złożono żadnej oferty.
cancel-ground-none_valid = Żadna ze złożonych ofert nie spełnia wymogów zawartych w ogłoszeniu.
results_title = Wyniki konkursu
results_decision = Rozstrzygnięcie
results_decided_by = Kto rozstrzygnął (organ)
results_decision_reference = Znak aktu (zarządzenie, uchwała)
results_decided_on = Data rozstrzygnięcia
results_save_decision = Zapisz rozstrzygnięcie
results_publish = Ogłoś wyniki
results_publish_hint = Wyniki ogłasza się niezwłocznie w BIP, na tablicy ogłoszeń urzędu i na stronie internetowej (art. 15 ust. 2j). Dni w BIP i na tablicy można uzupełnić później.
results_published_at = Data ogłoszenia wyników
results_channels = Dni publikacji wyników
results_save_channels = Zapisz dni publikacji
results_awards = Oferty i dotacje
results_organisation = Organizacja
results_task = Zadanie
results_amount = Przyznana kwota
results_requested = Wnioskowana kwota
results_score = Punkty
results_chosen = Wybrane oferty
results_not_chosen = Pozostałe oferty
results_update_state = Aktualizacja
results_none = Brak decyzji o dotacjach.
results_not_published = Wyniki nie zostały jeszcze ogłoszone.
update_state_not_needed = niepotrzebna
update_state_awaiting = oczekuje na złożenie
update_state_submitted = złożona, do sprawdzenia
update_state_accepted = przyjęta
update_state_withdrawn = rezygnacja z dotacji
results_accept_update = Przyjmij aktualizację
results_return_update = Zwróć z uwagami
results_comment = Uwagi dla organizacji
results_justifications = Żądania uzasadnienia
justification_title = Żądanie uzasadnienia
justification_intro = Każdy może w ciągu 30 dni od ogłoszenia wyników zażądać uzasadnienia wyboru lub odrzucenia oferty (art. 15 ust. 2i ustawy o działalności pożytku publicznego i o wolontariacie).
justification_until = Żądanie można złożyć do
justification_name = Imię i nazwisko lub nazwa
justification_email = Adres e-mail do odpowiedzi
justification_offer = Której oferty dotyczy
justification_any_offer = całego rozstrzygnięcia
justification_question = Pytanie
justification_send = Wyślij żądanie
justification_sent = Żądanie zostało przyjęte. Odpowiedź otrzymasz e-mailem.
justification_closed = Termin na żądanie uzasadnienia minął.
justification_received = Wpłynęło
justification_answer = Odpowiedź
justification_send_answer = Wyślij odpowiedź
justification_answered = Wysłano odpowiedź
justification_none = Brak żądań uzasadnienia.
cancel_art18a = Unieważnienie konkursu (art. 18a)
cancel_ground = Podstawa unieważnienia
cancel_ground_no_offers = Nie złożono żadnej oferty
cancel_ground_none_valid = Żadna oferta nie spełnia wymogów
cancel_notice = Konkurs został unieważniony
cancel_do = Unieważnij konkurs
your_result = Wynik konkursu
your_result_chosen = Oferta została wybrana.
your_result_not_chosen = Oferta nie została wybrana.
update_title = Aktualizacja kosztorysu i harmonogramu
update_hint = Przyznana kwota jest niższa od wnioskowanej. Zaktualizuj kosztorys i harmonogram tak, by wnioskowana dotacja była równa przyznanej, bez obniżania udziału wkładu własnego i bez usuwania działań ani rezultatów; potem złóż aktualizację albo zrezygnuj z dotacji.
update_submit = Złóż aktualizację
update_withdraw = Rezygnuję z dotacji

# --- evaluator-journey ---
scoring_skip_to_card = Przejdź do karty oceny
# --- award-journey ---
award_update_heading = Dotacja przyznana w niższej kwocie: złóż zaktualizowany kosztorys
award_update_awarded = Przyznana dotacja:
award_update_ask = Wnioskowana dotacja w aktualizacji musi wynosić dokładnie
award_update_rule_grant = Zmniejsz koszty lub zwiększ inne źródła tak, by wnioskowana dotacja była równa przyznanej.
award_update_rule_own_share = Udział wkładu własnego w kosztach nie może spaść poniżej udziału z oferty.
award_update_rule_scope = Zakres zadania zostaje: żadnego działania ani rezultatu z oferty nie można usunąć.
award_update_then = Zapisz zmiany i złóż zaktualizowany kosztorys albo zrezygnuj z dotacji.
award_update_file = Złóż zaktualizowany kosztorys
award_update_withdraw = Rezygnuję z dotacji

# --- offer-pdf ---
offer_pdf_download = Oferta w formie złożonej (PDF)
protocol_pdf_download = Protokół z prac komisji (PDF)
# --- agreements ---
rule-agreement_not_draft = Umowa nie jest już projektem: zmienić ją można tylko aneksem.
rule-signing_a_draft = Projektu umowy nie podpisuje się: najpierw przygotuj umowę do podpisu.
rule-town_not_signed = Organizacja podpisuje umowę po Zleceniodawcy: umowa nie ma jeszcze podpisu Zleceniodawcy.
rule-already_signed = Ta strona już podpisała tę wersję umowy.
rule-agreement_not_in_force = Umowa nie obowiązuje: nie podpisały jej wszystkie strony albo już wygasła.
rule-annex_on_settled = Umowa jest rozliczona lub rozwiązana: nie można zawrzeć do niej aneksu.
rule-annex_pending = Do umowy przygotowywany jest już aneks: najpierw go podpisz.
rule-nothing_changed = Aneks niczego nie zmienia w umowie.
rule-payment_before_signing = Dotacji nie przekazuje się przed podpisaniem umowy przez wszystkie strony ani z datą sprzed podpisania.
rule-agreement_closed = Umowa jest rozliczona lub rozwiązana.
rule-payment_above_grant = Przekazane kwoty przekroczyłyby dotację: do przekazania pozostało { $left }.
rule-date_in_future = Data nie może być z przyszłości.
rule-use_by_after_budget_year = Termin wykorzystania dotacji nie może przypadać później niż { $last } (koniec roku budżetowego, art. 251 ustawy o finansach publicznych).
rule-tranches_sum_differs = Transze muszą razem dać kwotę dotacji: { $grant }.
rule-signatories_missing = { $party ->
        [town] Wskaż osobę podpisującą umowę w imieniu Zleceniodawcy.
       *[other] Wskaż osoby reprezentujące Zleceniobiorcę (wymagana liczba: { $required }).
    }
rule-award_not_final = Umowę zawiera się po ogłoszeniu wyników, z ofertą wybraną do dofinansowania i przyjętą aktualizacją kosztorysu (jeśli była potrzebna).
rule-too_few_signatures = Plik ma za mało ważnych podpisów osób reprezentujących Zleceniobiorcę: wymagane { $required }, jest { $found }.
rule-signature_untrusted = Certyfikat podpisu nie pochodzi od zaufanego wystawcy wskazanego przez urząd.
rule-signature_invalid = Plik nie jest podpisaną umową z Granty albo podpis jest nieprawidłowy (plik zmieniono po podpisaniu).
rule-scans_not_allowed = Urząd nie przyjmuje skanów: umowę trzeba podpisać elektronicznie.
email-agreement-ready-subject = Umowa { $agreement_number } czeka na podpis
email-agreement-ready-text = Umowa { $agreement_number } o realizację zadania publicznego „{ $task_title }” jest gotowa do podpisu. Pobierz ją w Granty, podpisz podpisem elektronicznym osób reprezentujących organizację i prześlij podpisany plik.
email-annex-ready-subject = Aneks nr { $annex_no } do umowy { $agreement_number } czeka na podpis
email-annex-ready-text = Aneks nr { $annex_no } do umowy { $agreement_number } (zadanie „{ $task_title }”) jest gotowy do podpisu. Pobierz go w Granty, podpisz i prześlij podpisany plik.
email-agreement-signed-subject = Umowa { $agreement_number } została zawarta
email-agreement-signed-text = Wszystkie strony podpisały umowę { $agreement_number } o realizację zadania publicznego „{ $task_title }”. Zadanie jest w realizacji.
email-annex-signed-subject = Aneks nr { $annex_no } do umowy { $agreement_number } został zawarty
email-annex-signed-text = Wszystkie strony podpisały aneks nr { $annex_no } do umowy { $agreement_number } (zadanie „{ $task_title }”). Zmienione postanowienia obowiązują.
email-tranche-paid-subject = Przekazano transzę dotacji (umowa { $agreement_number })
email-tranche-paid-text = W dniu { $paid_on } przekazano { $amount } dotacji na zadanie „{ $task_title }” (umowa { $agreement_number }). Przekazano dotąd łącznie { $paid_total }.
email-agreement-unsigned-subject = Umowa na zadanie „{ $application_title }” nadal czeka na podpis
email-agreement-unsigned-text = Umowa na zadanie „{ $application_title }” (konkurs „{ $call_title }”) czeka na podpis od { $since }.
# --- agreement-pages ---
representatives_legend = Osoby upoważnione do reprezentowania organizacji
representatives_hint = Wpisz osoby, które mogą składać oświadczenia woli w imieniu organizacji, zgodnie z KRS lub innym rejestrem albo statutem. Dodaj tyle osób, ile wymaga sposób reprezentacji.
representation_rule = Sposób reprezentacji
representation_rule_hint = Zgodnie z KRS lub statutem, np. „dwóch członków zarządu łącznie”.
signatures_required = Liczba wymaganych podpisów
signatures_required_hint = Ile spośród wymienionych osób musi podpisać umowę w imieniu organizacji (od 1 do 10).
agreement_settings_title = Ustawienia umów
agreement_settings_back = Powrót do administracji
agreement_settings_saved = Zapisano ustawienia umów. Umowy już przygotowane zachowują swoje warunki.
agreement_settings_intro = Te wartości wypełniają umowy o realizację zadania publicznego zawierane przez gminę. Umowy już przygotowane zachowują warunki, z którymi je sporządzono.
agreement_settings_shift_legend = Przesunięcia między pozycjami kosztorysu
agreement_settings_shift_percent = Dopuszczalne zwiększenie pozycji kosztorysu (%)
agreement_settings_shift_percent_hint = O tyle może wzrosnąć pozycja kosztorysu bez aneksu; zmniejszenia są zawsze dopuszczalne. Domyślnie w Granty: 10.
agreement_settings_shift_basis = Zwiększenie liczy się od
agreement_shift_basis_line = całej pozycji kosztorysu
agreement_shift_basis_grant_part = części pozycji finansowanej z dotacji
agreement_settings_days_legend = Terminy
agreement_settings_payment_days = Termin przekazania dotacji od dnia zawarcia umowy (dni)
agreement_settings_payment_days_hint = Stosowany, gdy transza nie ma własnej daty (od 1 do 90).
agreement_settings_return_days = Termin zwrotu niewykorzystanej dotacji od dnia wykorzystania (dni)
agreement_settings_return_days_hint = Najwyżej 15 dni (art. 251 ust. 3 ustawy o finansach publicznych).
agreement_settings_final_report_days = Termin złożenia sprawozdania końcowego od dnia zakończenia zadania (dni)
agreement_settings_final_report_days_hint = Najwyżej 30 dni (art. 18 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie).
agreement_settings_document_languages = Języki dokumentów
agreement_settings_document_languages_hint = Umowy sporządza się zawsze w języku polskim; zaznacz języki tłumaczeń do dołączenia.
agreement_language_en = angielski
agreement_language_cs = czeski
agreement_language_uk = ukraiński
agreement_settings_signatures_legend = Podpisy organizacji
agreement_settings_trust_anchors_pem = Zaufane certyfikaty (PEM)
agreement_settings_trust_anchors_pem_hint = Wklej certyfikaty wystawców, których podpisy gmina przyjmuje, każdy od -----BEGIN CERTIFICATE----- do -----END CERTIFICATE-----.
agreement_settings_trusted_count = Zapisane zaufane certyfikaty:
agreement_settings_allow_scans = Przyjmuj skan umowy podpisanej odręcznie (potwierdza go urzędnik)
agreements_title = Umowy
agreements_filter = Umowy według stanu
agreements_none = Nie ma jeszcze umów.
agreements_link = Umowy
agreement_number = Numer
agreement_grant = Kwota dotacji
agreement_paid = Przekazano dotąd
agreement_title = Umowa
agreement_terminated_because = Rozwiązana:
agreement_terms = Warunki umowy
agreement_signatories = Osoby podpisujące
agreement_edit_draft = Edycja projektu umowy
agreement_field_task_title = Tytuł zadania publicznego
agreement_field_starts_on = Data rozpoczęcia realizacji zadania
agreement_field_ends_on = Data zakończenia realizacji zadania
agreement_field_use_by = Termin wykorzystania dotacji
agreement_field_bank_account = Numer rachunku bankowego
agreement_field_shift_percent = Dopuszczalne zwiększenie pozycji kosztorysu (%)
agreement_versions = Umowa i aneksy
agreement_annex_reason = Uzasadnienie aneksu
agreement_what_changed = Co się zmieniło
agreement_change_field = Postanowienie
agreement_change_before = Było
agreement_change_after = Jest
agreement_signatures = Podpisy
agreement_no_signatures = Jeszcze nie podpisano.
agreement_download = Pobierz PDF
agreement_mark_ready = Przekaż do podpisu
agreement_sign = Podpisz w imieniu gminy
agreement_signed_copy = Umowa podpisana przez organizację (PDF)
agreement_signed_copy_hint = Pobierz umowę, podpisz ją elektronicznie przez tyle osób, ile wymaga sposób reprezentacji, i prześlij podpisany plik.
agreement_upload = Prześlij podpisaną umowę
agreement_scan = Skan umowy podpisanej odręcznie (PDF)
agreement_scan_signers = Kto podpisał w imieniu organizacji (jedna osoba w wierszu)
agreement_confirm_scan = Potwierdź podpisany skan
agreement_tranches = Transze
agreement_due_on = Termin
agreement_amount = Kwota
agreement_payments = Przelewy
agreement_paid_on = Data przelewu
agreement_note = Uwagi
agreement_no_payments = Nie odnotowano jeszcze przelewu.
agreement_record_payment = Odnotuj przelew
agreement_cost_lines = Kalkulacja przewidywanych kosztów
agreement_annex_hint = Aby zmienić umowę, wpisz nowe kwoty lub nową datę zakończenia, podaj uzasadnienie i przygotuj aneks; aneks podpisuje się jak umowę.
agreement_cost_name = Rodzaj kosztu
agreement_new_value = Nowa kwota
agreement_start_annex = Przygotuj aneks
agreement_terminate = Rozwiąż umowę
agreement_terminate_reason = Przyczyna rozwiązania umowy
agreement_uploaded = Otrzymano podpisaną umowę; podpisy zostały zweryfikowane.
agreement_open = Otwórz umowę
agreement_draw_up = Przygotuj umowę
agreement_state_draft = projekt
agreement_state_ready = do podpisu
agreement_state_signed = podpisana przez gminę
agreement_state_realisation = w realizacji
agreement_state_reporting = oczekuje na sprawozdanie
agreement_state_settled = rozliczona
agreement_state_terminated = rozwiązana
agreement_party_town = Gmina
agreement_party_organisation = Organizacja
agreement_party_partner = Partner
agreement_method_pades = podpis elektroniczny
agreement_method_recorded = odnotowany przez urzędnika
agreement_method_scan = podpisany skan
agreement_version_original = Umowa
agreement_version_annex = Aneks
agreement_version_state_draft = projekt
agreement_version_state_ready = do podpisu
agreement_version_state_signed = podpisany
agreement_dates = Termin realizacji zadania
agreement_use_by = Termin wykorzystania dotacji
agreement_return_by = Termin zwrotu niewykorzystanej dotacji
agreement_final_report_by = Termin złożenia sprawozdania końcowego
agreement_own_financial = Wkład własny finansowy
agreement_own_non_financial = Wkład własny niefinansowy
agreement_bank_account = Numer rachunku bankowego
agreement_shift = Dopuszczalne przesunięcie
agreement_field_town_signatory_name = Podpisuje w imieniu gminy: imię i nazwisko
agreement_field_town_signatory_function = Podpisuje w imieniu gminy: funkcja

# --- leftovers12 ---
agreement_done_saved = Zapisano warunki projektu umowy.
agreement_done_ready = Umowa jest gotowa do podpisu: PDF został utworzony, a organizacja powiadomiona.
agreement_done_signed = Podpisano umowę w imieniu gminy; czekamy na podpisy pozostałych stron.
agreement_done_paid = Zapisano przelew.
agreement_done_annex = Rozpoczęto aneks: sprawdź zmiany i przekaż go do podpisu.
agreement_done_terminated = Umowa została rozwiązana.
agreement_done_scan = Potwierdzono podpisany skan umowy.
