# Granty's words in Czech. One file per language; every message id exists in all four with the same variables (tested).

## Pages: the interface's words, asked for as {{ t.<id> }} in templates and texts::text in Rust.

skip_to_content = Přejít na obsah
language = Jazyk
log_in = Přihlásit se
log_out = Odhlásit se
login_title = Přihlášení do Granty
tenant = Obec (identifikátor)
tenant_hint = Například: demo
email = E-mailová adresa
password = Heslo
login_failed = Přihlášení se nezdařilo: zkontrolujte obec, e-mail a heslo.
form_expired = Platnost formuláře vypršela. Zkuste to znovu.
there_is_a_problem = Vyskytl se problém
notifications_title = E-mailová oznámení
notifications_intro = Odeslané zprávy a zprávy ve frontě. U neúspěšných je uveden důvod.
filter_all = Vše
status_queued = ve frontě
status_sending = odesílá se
status_sent = odesláno
status_retrying = opakuje se
status_failed = selhalo
col_created = Vytvořeno
col_kind = Druh
col_recipient = Příjemce
col_status = Stav
col_attempts = Pokusy
col_sent = Odesláno
col_error = Důvod chyby
no_notifications = Žádné zprávy.
kind_application_submitted = potvrzení podání
kind_correction_requested = výzva k doplnění
kind_formally_accepted = formálně v pořádku
kind_formally_rejected = formálně vyřazeno
kind_reminder_draft_deadline = připomínka termínu
kind_reminder_correction_due = připomínka doplnění
signed_in = Přihlášeno
signed_in_as = Jste přihlášeni jako
admin_only = Tato stránka je určena správci obce.
calls_title = Dotační výzvy
calls_open = Příjem žádostí probíhá
calls_upcoming = Připravované
calls_closed = Ukončené
no_calls = Žádné výzvy.
deadline = Termín podání žádostí
opens = Začátek příjmu žádostí
budget = Objem prostředků
state = Stav
time_left = Do konce zbývá
grant_range = Výše dotace na žádost
own_contribution = Požadovaný vlastní podíl
financial = finanční
non_financial = nefinanční
admin_cap = Limit administrativních nákladů
realisation = Období realizace
correction_days = Dní na doplnění formálních nedostatků
description = Popis
criteria = Hodnoticí kritéria
criterion = Kritérium
points = Body
max_points = nejvýše bodů
required_attachments = Povinné přílohy
none = Žádné.
cancel_reason = Důvod zrušení
not_found = Stránka nenalezena
not_found_text = Zkontrolujte adresu nebo se vraťte na seznam výzev.
register_title = Založte účet organizace
register_intro = Účet umožňuje podávat žádosti do výzev této obce.
register_submit = Založit účet
have_account = Už máte účet? Přihlaste se
display_name = Jméno a příjmení
password_again = Zopakujte heslo
password_hint = Alespoň 10 znaků.
email_taken = Tato adresa už má účet: přihlaste se nebo si nastavte nové heslo.
check_inbox = Zkontrolujte e-mailovou schránku
check_inbox_text = Poslali jsme potvrzovací odkaz. Otevřete jej do 48 hodin a aktivujte účet.
email_confirmed = E-mailová adresa potvrzena
email_confirmed_text = Nyní se můžete přihlásit.
link_expired = Odkaz už neplatí
link_expired_text = Platnost odkazu vypršela nebo už byl použit. Požádejte o nový.
email_not_confirmed = Nejprve potvrďte e-mailovou adresu: odkaz jsme poslali do vaší schránky.
reset_title = Zapomněli jste heslo?
reset_intro = Zadejte e-mail účtu a pošleme odkaz pro nastavení nového hesla.
reset_submit = Poslat odkaz
reset_sent_text = Pokud má tato adresa účet v této obci, poslali jsme na ni odkaz. Platí 2 hodiny.
new_password_title = Nastavte nové heslo
new_password_intro = Po změně se znovu přihlásíte na všech zařízeních.
new_password_submit = Uložit heslo
password_changed = Heslo změněno
go_to_login = Přejít na přihlášení
forgot_password = Zapomněli jste heslo?
create_account = Založit účet organizace
dashboard_title = Moje žádosti
my_organisations = Moje organizace
no_organisation = Zatím nemáte organizaci. Přidejte ji, abyste mohli podávat žádosti.
add_organisation = Přidat organizaci
edit_profile = Upravit údaje
my_applications = Žádosti mých organizací
no_applications = Zatím žádné žádosti.
see_calls = Zobrazit výzvy
offer = Žádost
call = Výzva
next_step = Další krok
next_draft = Doplňte a podejte do
next_correction = Opravte nedostatky do
next_wait = Úřad žádost posuzuje.
next_none = Nic k vyřízení.
next_late = Termín uplynul.
organisation_new = Nová organizace
organisation_edit = Údaje organizace
legal_form = Právní forma
org_name = Název organizace
krs = Číslo KRS
krs_hint = Netýká se prostých spolků a venkovských ženských kroužků.
nip = NIP (daňové číslo)
regon = REGON (statistické číslo)
street = Ulice a číslo
postal_code = PSČ
city = Obec
phone = Telefon
bank_account = Číslo bankovního účtu (IBAN)
representative_name = Zástupce: jméno a příjmení
representative_function = Zástupce: funkce
save = Uložit
saved_elsewhere = Někdo mezitím údaje uložil. Níže jsou vaše změny; uložte je znovu, abyste je nahradili.
clerk_calls_title = Výzvy obce
submissions = Podané žádosti
sort_by = Řadit podle
apply_filter = Zobrazit
receipt = Číslo potvrzení
applicant = Žadatel
requested_grant = Požadovaná dotace
sort_receipt = pořadí podání
sort_grant = výše dotace (sestupně)
sort_applicant = názvu žadatele
formal_check = Formální kontrola
submitted_at = Podáno
total_costs = Celkové náklady
correction_due = Termín doplnění
automatic_checks = Automatická kontrola
no_problems = Žádost splňuje všechny automaticky kontrolované podmínky.
attachments = Přílohy
earlier_checks = Dřívější kontroly
decision = Rozhodnutí
outcome = Výsledek formální kontroly
outcome_accepted = formálně v pořádku
outcome_needs_correction = výzva k doplnění
outcome_rejected = vyřadit z formálních důvodů
deficiencies = Nedostatky k doplnění
deficiencies_hint = Každý na samostatný řádek. Žadatel je dostane e-mailem s termínem.
reason = Odůvodnění
save_decision = Uložit rozhodnutí
choose_outcome = Vyberte výsledek formální kontroly.
own_contribution_actual = Vlastní podíl
new_call = Nová výzva
publish = Zveřejnit
confirm_short_deadline = lhůta kratší než požadované minimum: potvrzuji
published_notice = Výzva je zveřejněna.
call_title = Název výzvy
task_area = Druh veřejné úlohy
min_grant = Nejnižší dotace na žádost
max_grant = Nejvyšší dotace na žádost
min_own_contribution = Požadovaný vlastní podíl (%)
admin_cost_cap = Limit administrativních nákladů (%)
opens_at = Začátek příjmu (místní čas)
deadline_local = Termín podání (místní čas)
realisation_start = Realizace od
realisation_end = Realizace do
required_attachments_hint = Každou povinnou přílohu na samostatný řádek.
amount_hint = Částka, např. 150000 nebo 150 000,00.
save_draft_call = Uložit návrh výzvy
time_not_in_zone = Tento čas v daný den neexistuje (změna času). Zvolte jiný.
editor_title = Žádost o dotaci
before_submitting = K doplnění před podáním
section_task = Popis úlohy
section_schedule = Harmonogram činností
section_results = Očekávané výsledky
section_costs = Rozpočet nákladů
section_sources = Zdroje financování
section_declarations = Prohlášení
no = Č.
action_name = Název činnosti
from = Od
until = Do
performer = Kdo realizuje
result_name = Výsledek
planned_value = Cílová hodnota
monitoring = Způsob sledování
costs_hint = Hodnoty a součty počítá systém. U nákladů činností uveďte číslo činnosti z harmonogramu.
cost_kind = Druh
action_no = Č. činnosti
cost_name = Druh nákladu
unit = Jednotka
unit_cost = Jednotková cena
quantity = Počet jednotek
value = Hodnota
cost_action = náklad činnosti
cost_admin = administrativní náklad
remuneration = Úloha bude realizována
unpaid = bezplatně
paid = za úplatu
no_arrears = nemáme nedoplatky
has_arrears = máme nedoplatky
tax_arrears = Daňové nedoplatky
zus_arrears = Nedoplatky na sociálním pojištění
decl_public_benefit_only = Úlohu realizujeme výhradně v rámci veřejně prospěšné činnosti.
decl_fees = Poplatky vybíráme jen v rámci úplatné veřejně prospěšné činnosti.
decl_register = Údaje organizace odpovídají rejstříku KRS či jinému.
decl_true = Všechny údaje v žádosti jsou pravdivé.
decl_gdpr = Osoby, jejichž údaje uvádíme, učinily požadovaná prohlášení (GDPR).
review_and_submit = Zkontrolovat a podat
review_title = Kontrola před podáním
back_to_editor = Zpět k úpravám
cannot_submit_yet = Žádost zatím nelze podat
ready_to_submit = Žádost je úplná. Po podání ji nelze měnit (pokud úřad nevyzve k doplnění).
submit_offer = Podávám žádost
receipt_title = Žádost podána
digest = Otisk obsahu (SHA-256)
receipt_email = Potvrzení jsme poslali i e-mailem.
offer_title = Název veřejné úlohy
place = Místo realizace
target_group = Cílová skupina
summary = Stručný popis úlohy
start_date = Začátek realizace
end_date = Konec realizace
own_financial = Vlastní finanční podíl
own_personal = Osobní vklad (vč. dobrovolníků)
own_in_kind = Věcný vklad
participant_fees = Poplatky od účastníků
other_public_funds = Prostředky z jiných veřejných zdrojů
section_applicant = Žadatel
applicant_from_profile = Údaje pocházejí z profilu organizace. Změňte je v profilu a nabídka změnu hned ukáže.
address = Adresa sídla
representatives = Statutární zástupci
contact_heading = Kontaktní osoba pro dotazy k nabídce
contact_hint = Uveďte telefon nebo e-mail; stačí jedno z nich.
contact_name = Jméno a příjmení
contact_phone = Telefon
contact_email = E-mailová adresa
joint_offer = Společná nabídka – partneři
joint_offer_hint = Vyplňte, jen pokud nabídku podává více organizací společně. Partneři za úlohu ručí společně a nerozdílně.
partner = Partner
new_partner = Přidat partnera
partner_name = Název partnera
partner_country = Země sídla
registration_number = NIP nebo registrační číslo
registration_number_hint = U polské organizace NIP; u zahraniční číslo z jejího rejstříku (např. IČO, ЄДРПОУ).
partner_address = Adresa sídla partnera
partner_scope = Činnosti partnera v úloze
cost_share = Podíl partnera na nákladech
representation = Způsob zastupování žadatelů vůči úřadu
representation_hint = Např. kdo podepisuje smlouvu a zprávy za všechny partnery.
applicant_share = Podíl žadatele na nákladech
partner_share = Podíl partnera
costs_in_year = Náklady v roce
year_values_hint = Úloha trvá déle než rok: u každého nákladu uveďte, kolik připadá na každý rok. Části musí v součtu dát hodnotu položky.
years_changed = Změnily se roky realizace – uložte nabídku, abyste mohli uvést hodnoty za každý rok.
value_in_year = Hodnota v roce
grant_part = Z toho z dotace
call_limits = Podmínky výzvy
limit_grant = Dotace od – do
limit_own_contribution = Požadovaný vlastní podíl nejméně
limit_own_financial = Požadovaný finanční podíl nejméně
limit_own_non_financial = Požadovaný nefinanční podíl nejméně
limit_admin_costs = Administrativní náklady nejvýše
country_pl = Polsko
country_cz = Česko
country_sk = Slovensko
country_ua = Ukrajina
country_de = Německo
country_lt = Litva
nip_taken = Organizace s tímto NIP už v Granty účet má. Pokud k ní patříte, požádejte osobu, která ji registrovala, o pozvánku.
section_profile = Charakteristika žadatele
previous_activity = Dosavadní činnost v oblasti úlohy
resources = Personální, materiální a finanční zdroje využité v úloze
section_other = Další informace
other_information = Cokoli dalšího důležitého pro hodnocení (nepovinné)
offer_content = Obsah nabídky
offer_version = verze
answer_yes = ano
answer_no = ne
not_given = neuvedeno
call_documents = Dokumenty výzvy
call_documents_intro = Dokumenty uvidí každý na stránce zveřejněné výzvy: oznámení, přílohy, odpovědi na dotazy.
document_title = Název dokumentu
document_title_hint = Např. „Oznámení výzvy“ nebo „Odpovědi na dotazy z 5. prosince“.
document_added_at = Přidáno
add_document = Přidat dokument
document_added = Dokument přidán.
document_removed = Dokument odebrán.
partner_reads_draft = Nabídku připravuje a podává žadatel; jako partner společné nabídky ji můžete číst.
as_partner = partner společné nabídky
remove_member = Odebrat z organizace
leave_organisation = Opustit organizaci
member_removed = Osoba už do organizace nepatří.
correction_requested = Úřad vyzývá k doplnění nedostatků. Termín:
correction_how = Opravte nabídku níže a poté zvolte „Zkontrolovat a podat“, čímž podáte opravenou verzi. Úřad si ponechá i předchozí.
formal_checklist = Formální podmínky
formal_checklist_hint = Odpovědi, které nabídla automatická kontrola, jsou již označeny – potvrďte je, nebo změňte. Ostatní posuďte sami.
formal_on_time = Nabídka podána včas
formal_eligible_applicant = Žadatel je oprávněným subjektem (čl. 3 odst. 2–3 zákona)
formal_statutory_activity = Úloha spadá do statutární činnosti žadatele
formal_complete_form = Všechny povinné části formuláře jsou vyplněny
formal_required_attachments = Povinné přílohy jsou přiloženy
formal_authorised_signatures = Potvrzeno osobami oprávněnými zastupovat žadatele
formal_financial_conditions = Dodrženy limity dotace, vlastního podílu a administrativních nákladů
answer_met = splněno
answer_not_met = nesplněno
answer_not_applicable = netýká se
admin_costs = Administrativní náklady
sources_total = Součet zdrojů
start_offer = Začít žádost
open_calls_for_you = Výzvy s probíhajícím příjmem
organisation = Organizace
edit = Upravit
saved = Uloženo.
other_attachment = jiná příloha
attachment_kind = Druh přílohy
attachment_file = Soubor
attachment_hint = PDF, JPG, PNG, DOCX nebo ODT, do 10 MB.
add_attachment = Přidat přílohu
autosaved = Automaticky uloženo:
autosave_offline = Bez připojení — změny čekají v prohlížeči, za chvíli to zkusíme znovu.
autosave_stale = Někdo žádost uložil v jiném okně. Uložte ručně a uvidíte obě verze.
remove = Odebrat
row = řádek
cannot_submit = Žádost nelze podat
edit_call = Úprava výzvy
criteria_hint = Zákonná kritéria (čl. 15 odst. 1) ve výzvě vždy zůstávají: nastavte jejich body. Kritérium 4 platí jen při podpoře projektu. Vlastní kritérium přidáte vyplněním prázdného řádku; přidané odstraníte vymazáním všech polí jeho řádku.
criterion_name = Název kritéria
criterion_points = Nejvyšší počet bodů
criterion_basis = Právní základ
criteria_total = Bodů celkem
formal_check_days = Dní na formální kontrolu (počítáno od termínu podání)
call_changed_elsewhere = Někdo jiný mezitím tuto výzvu změnil. Níže jsou vaše změny; zkontrolujte je a uložte znovu, čímž nahradíte ty předchozí.
call_not_editable_title = Tuto výzvu už nelze upravit
call_not_editable = Upravit lze jen návrh výzvy, dokud není zveřejněna. Fáze této výzvy:
members_title = Lidé v organizaci
members_link = Lidé a pozvánky
members_intro = Tyto osoby mohou připravovat a podávat žádosti organizace.
member_since = Od kdy
pending_invitations = Čekající pozvánky
no_pending_invitations = Žádné čekající pozvánky.
invited_by = Zve
valid_until = Platí do
revoke_invitation = Zrušit pozvánku
invite_title = Pozvat osobu
invite_intro = Pošleme e-mail s odkazem platným 7 dní. Po přijetí pozvánky uvidí tato osoba žádosti organizace a bude na nich moci pracovat.
invite_name_hint = Nepovinné: předvyplní jméno při zakládání účtu.
invite_submit = Odeslat pozvánku
invitation_sent = Pozvánka byla odeslána.
invitation_cancelled = Pozvánka byla zrušena: odkaz už nefunguje.
invitation_title = Pozvánka do organizace
invitation_from = vás zve ke společné práci na žádostech organizace
invitation_for = Pozvánka pro adresu
invitation_new_account = Zadejte jméno a zvolte heslo. Účet bude hned aktivní: odkaz přišel na vaši e-mailovou adresu.
invitation_existing_account = Tato adresa už má účet v Granty. Zadejte jeho heslo a pozvánku přijměte.
invitation_signed_in = Jste přihlášeni touto adresou. Můžete se hned připojit.
accept_create = Založit účet a připojit se
accept_join = Připojit se k organizaci
wrong_password = Heslo není správné.
invitation_used = Pozvánka už byla přijata
invitation_used_text = Tento odkaz už byl jednou použit. Přihlaste se a pracujte na žádostech organizace.
invitation_revoked = Pozvánka byla zrušena
invitation_revoked_text = Organizace tuto pozvánku zrušila. Pokud se máte stále připojit, požádejte o novou.
invitation_expired = Platnost pozvánky vypršela
invitation_expired_text = Pozvánka platí 7 dní. Požádejte někoho z organizace o novou.
invitation_refused = Tento účet nelze přidat do organizace
invitation_refused_text = Jste přihlášeni jiným účtem, nebo tento účet patří zaměstnanci úřadu. Odhlaste se a otevřete odkaz znovu.
kind_organisation_invitation = pozvánka do organizace
forbidden = Přístup odepřen
forbidden_text = K této stránce nemáte oprávnění.
conflict = Nyní to není možné
conflict_text = Tuto akci nelze v současném stavu výzvy nebo žádosti provést; stránka, ze které přicházíte, mohla být zastaralá. Vraťte se a obnovte ji.
staff_only = Tato stránka je určena pracovníkům úřadu.
ngo_only = Tato stránka je určena nevládním organizacím.
form_expired_title = Platnost formuláře vypršela
forbidden_character_title = Formulář nelze uložit
forbidden_character_text = Pole „{ $field }“ obsahuje řídicí znak (např. NUL), který nelze uložit. Vraťte se, odstraňte jej a odešlete formulář znovu.
unavailable = Granty je dočasně nedostupné
unavailable_text = Nyní se nemůžeme připojit k databázi. Zkuste to prosím za několik minut.
storage_unavailable = Soubor se nepodařilo uložit: úložiště souborů je dočasně nedostupné. Text nabídky je uložen; přiložte soubor znovu za několik minut.
server_error = Došlo k chybě
server_error_text = Na serveru došlo k chybě. Zkuste to prosím za chvíli.
go_home = Přejít na úvodní stránku

## The mode of commissioning and the days of publication (art. 11 ust. 1, art. 13).
commissioning = Způsob zadání projektu
commissioning_hint = Při svěření hradí dotace celý projekt: žadatel nevkládá vlastní prostředky a kritérium 4 se nehodnotí.
commissioning_supporting = podpora (dotace projekt spolufinancuje)
commissioning_entrusting = svěření (dotace hradí celý projekt)
publication_days = Dny zveřejnění výzvy
publication_days_hint = Lhůta pro podání se počítá od posledního z těchto dnů (čl. 13 odst. 1).
bip_on = ve Věstníku veřejných informací (BIP)
notice_board_on = na úřední desce
website_on = na webu úřadu
website_on_hint = Prázdné: den zveřejnění v Granty.
not_recorded = nezaznamenáno
last_publication = Poslední den zveřejnění
days_to_deadline = Dny od posledního zveřejnění do konce lhůty
record_publication = Uložit dny zveřejnění
publication_recorded = Dny zveřejnění jsou uloženy.
published_in = Výzva byla zveřejněna

## The name this language gives itself, for the language switch.

language-self-name = Čeština

## Formatting: the phases of a call, the states of an offer and durations.

phase-draft = návrh
phase-published = vyhlášená, příjem ještě nezačal
phase-open = příjem žádostí probíhá
phase-closed = příjem ukončen
phase-in_evaluation = hodnocení žádostí
phase-results_published = výsledky zveřejněny
phase-archived = archivovaná
phase-cancelled = zrušená

state-draft = rozpracovaná
state-submitted = podaná
state-needs_correction = k doplnění
state-resubmitted = doplněná
state-formally_accepted = formálně v pořádku
state-formally_rejected = formálně vyřazená
state-withdrawn = stažená

# Time left until a deadline: "3 dny 4 hodiny" or, under a day, "2 hodiny 5 minut".
time-left-days = { $days ->
        [one] { $days } den
        [few] { $days } dny
       *[other] { $days } dní
    } { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
       *[other] { $hours } hodin
    }
time-left-hours = { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
       *[other] { $hours } hodin
    } { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }

## Broken rules: `rule-` and the rule's code.

rule-required = Toto pole je povinné.
rule-too_long = Zadejte nejvýše { $max ->
        [one] { $max } znak
        [few] { $max } znaky
       *[other] { $max } znaků
    }.
rule-too_short = Zadejte alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
       *[other] { $min } znaků
    }.
rule-invalid_value = Tato hodnota nepatří mezi povolené možnosti.
rule-invalid_email = Zadejte platnou e-mailovou adresu, např. jmeno@priklad.cz.
rule-invalid_number = Zadejte číslo, např. 1234,56.
rule-too_many_decimals = Zadejte nejvýše { $max ->
        [one] { $max } desetinné místo
        [few] { $max } desetinná místa
       *[other] { $max } desetinných míst
    }.
rule-must_be_positive = Hodnota musí být větší než nula.
rule-must_not_be_negative = Hodnota nesmí být záporná.
rule-amount_too_large = Částka je příliš vysoká.
rule-sum_too_large = Součet těchto částek je příliš vysoký, než aby jej bylo možné uložit – zkontrolujte zadané částky.
rule-forbidden_character = Text obsahuje řídicí znak (např. NUL), který nelze uložit – odstraňte jej.
rule-currency_mismatch = Částky musí být uvedeny v měně { $expected }.
rule-percent_out_of_range = Procento musí být v rozmezí od 0 do 100.
rule-end_before_start = Datum ukončení nesmí být dřívější než datum zahájení.
rule-too_many_items = Můžete přidat nejvýše { $max ->
        [one] { $max } položku
        [few] { $max } položky
       *[other] { $max } položek
    }.
rule-unknown_reference = Odkazovaná položka neexistuje.
rule-duplicate = Tato hodnota je již použita.
rule-passwords_differ = Hesla se neshodují: zadejte dvakrát stejné heslo.
rule-whole_number_between = Zadejte celé číslo od { $min } do { $max }.
rule-last_member = Organizace musí mít alespoň jednu osobu: než odejdete, pozvěte někoho jiného.
rule-already_member = Tato osoba už je členem organizace.
rule-already_invited = Tato adresa už byla pozvána; pozvánka čeká na přijetí.
rule-staff_account = Tato adresa patří zaměstnanci úřadu, který se nemůže připojit k organizaci.
rule-nip_length = NIP (polské daňové identifikační číslo) má 10 číslic.
rule-nip_checksum = Kontrolní číslice NIP (polského daňového identifikačního čísla) nesouhlasí – zkontrolujte, zda v něm není překlep.
rule-regon_length = REGON (polské statistické identifikační číslo) má 9 nebo 14 číslic.
rule-regon_checksum = Kontrolní číslice REGON (polského statistického identifikačního čísla) nesouhlasí – zkontrolujte, zda v něm není překlep.
rule-krs_format = Číslo KRS (polského Národního soudního rejstříku) má nejvýše 10 číslic.
rule-iban_country = Zadejte číslo polského bankovního účtu (PL a 26 číslic).
rule-iban_length = Číslo polského bankovního účtu má za PL 26 číslic.
rule-iban_characters = Číslo bankovního účtu smí za PL obsahovat jen číslice.
rule-iban_checksum = Kontrolní číslice čísla bankovního účtu nesouhlasí (mod-97) – zkontrolujte, zda v něm není překlep.
rule-min_grant_above_max_grant = Minimální výše dotace nesmí být vyšší než maximální.
rule-max_grant_above_budget = Maximální výše dotace nesmí překročit celkový objem prostředků výzvy ({ $budget }).
rule-deadline_not_after_opening = Lhůta pro podání žádostí musí končit až po zahájení příjmu žádostí.
rule-deadline_in_past = Lhůta pro podání žádostí již uplynula.
rule-deadline_too_soon = Lhůta pro podání žádostí končí jen { $days ->
        [one] { $days } den
        [few] { $days } dny
       *[other] { $days } dní
    } po zveřejnění výzvy, obec však vyžaduje alespoň { $minimum ->
        [one] { $minimum } den
        [few] { $minimum } dny
       *[other] { $minimum } dní
    }. Pokud chcete výzvu přesto zveřejnit, potvrďte to.
rule-realisation_starts_before_deadline = Období realizace by nemělo začínat před koncem lhůty pro podání žádostí.
rule-no_criteria = Přidejte alespoň jedno hodnoticí kritérium.
rule-date_outside_window = Datum musí spadat do období realizace, tedy od { $from } do { $to }.
rule-no_actions = Přidejte do harmonogramu alespoň jednu aktivitu.
rule-no_cost_lines = Přidejte alespoň jednu nákladovou položku.
rule-unknown_action = V harmonogramu není aktivita číslo { $action_no }.
rule-action_without_costs = K této aktivitě nejsou přiřazeny žádné nákladové položky.
rule-year_values_count = Uveďte hodnotu zvlášť pro každý rok realizace – projekt zahrnuje { $expected ->
        [one] { $expected } rok
        [few] { $expected } roky
       *[other] { $expected } let
    }.
rule-year_values_sum = Hodnoty za jednotlivé roky musí v součtu odpovídat hodnotě položky, tj. { $total }.
rule-grant_part_above_line = Část hrazená z dotace nesmí být vyšší než hodnota položky, tj. { $line }.
rule-grant_parts_sum = Části položek hrazené z dotace musí v součtu odpovídat požadované dotaci, tj. { $grant }.
rule-grant_parts_not_allowed = V této výzvě se část jednotlivých položek hrazená z dotace neuvádí.
rule-totals_differ = Zdroje financování ({ $sources }) se musí rovnat celkovým nákladům ({ $costs }).
rule-grant_below_minimum = Požadovaná dotace je nižší než minimum stanovené výzvou ({ $minimum }).
rule-grant_above_maximum = Požadovaná dotace je vyšší než maximum stanovené výzvou ({ $maximum }).
rule-own_contribution_too_low = Vlastní podíl činí { $actual } nákladů, výzva však vyžaduje alespoň { $required }.
rule-financial_contribution_too_low = Finanční vlastní podíl činí { $actual } nákladů, výzva však vyžaduje alespoň { $required }.
rule-non_financial_contribution_too_low = Nefinanční vlastní podíl (osobní a věcný) činí { $actual } nákladů, výzva však vyžaduje alespoň { $required }.
rule-admin_costs_above_cap = Administrativní náklady činí { $actual } nákladů, výzva však povoluje nejvýše { $cap }.
rule-attachment_missing = Chybí povinná příloha „{ $name }“.
rule-declaration_required = Před podáním žádosti potvrďte toto prohlášení.
rule-paid_not_allowed_for_simple_association = Zjednodušený spolek (polské „stowarzyszenie zwykłe“) nemůže projekt realizovat za úplatu.
rule-partner_is_applicant = Žadatel nemůže být sám sobě partnerem.
rule-partner_shares_above_total = Podíly partnerů nesmí překročit celkové náklady projektu, tj. { $total }.
rule-deficiencies_required = Uveďte alespoň jeden nedostatek, který je třeba odstranit.
rule-reason_required = Uveďte odůvodnění rozhodnutí.
rule-accepted_with_unmet_condition = Nabídku, která tuto podmínku nesplňuje, nelze přijmout: vyzvěte k doplnění, nebo ji odmítněte.
rule-file_too_large = Soubor je příliš velký; limit je { $max_megabytes } MB.
rule-file_type_not_allowed = Tento typ souboru není přijímán; použijte { $allowed }.
rule-file_content_not_allowed = Obsah souboru není přijímaného typu, ať má soubor jakýkoli název; použijte { $allowed }.
rule-file_empty = Soubor je prázdný.
# The domain corrections of issue 8 (branch domainfix) add these rules; their `Rule` variants
# arrive when that branch is merged.
rule-all_zeros = Číslo složené jen z nul není platné.
rule-statutory_criterion_missing = Kritérium podle čl. 15 odst. 1 bodu { $point } polského zákona o veřejně prospěšné činnosti nelze odebrat – každá výzva je posuzuje.
rule-own_means_criterion_only_for_support = Kritérium podle čl. 15 odst. 1 bodu 4 (plánované vlastní nebo jiné finanční prostředky) platí jen pro výzvy, které projekt podporují – z výzvy, která projekt svěřuje, je odeberte.
rule-publication_date_in_future = Datum zveřejnění nemůže být v budoucnosti.
rule-fees_without_paid_activity = Poplatky od účastníků lze vybírat jen v rámci úplatné činnosti, žádost však uvádí bezúplatnou realizaci.
rule-fees_not_allowed_for_simple_association = Zjednodušený spolek nemůže vybírat poplatky od účastníků – nevykonává úplatnou činnost.
rule-other_public_funds_not_allowed = Formulář této obce nemá řádek pro jiné veřejné prostředky – uveďte je jako vlastní finanční vklad (3.1).
rule-task_too_long = Projekt nemůže trvat déle než { $max_years ->
        [one] { $max_years } rok
        [few] { $max_years } roky
       *[other] { $max_years } let
    } – to je nejdelší doba trvání smlouvy.

## API problems (problem+json): `problem-` and the problem's type, a title and sometimes a detail.

problem-unauthorized = Pro pokračování se přihlaste.
problem-forbidden = K této operaci nemáte oprávnění.
problem-not-found = Nenalezeno.
problem-invalid = Opravte prosím označená pole.
problem-bad-request = Neplatný požadavek.
problem-too-large = Odeslaná data jsou příliš velká.
problem-too-large-detail = max { $max_bytes } B
problem-state-conflict = Tuto operaci nyní nelze provést.
problem-stale-version = Mezitím dokument změnil někdo jiný. Vaše změny nebyly uloženy: porovnejte je s aktuální verzí.
problem-conflict = Konflikt s existujícími daty.
problem-email-not-confirmed = Nejprve potvrďte e-mailovou adresu: odkaz jsme poslali do vaší schránky.
problem-attachment-locked = Tato příloha je součástí podané žádosti a nelze ji odstranit.
problem-internal = Na serveru došlo k chybě. Zkuste to prosím za chvíli.
problem-unavailable = Databáze je dočasně nedostupná. Nic nebylo změněno; zkuste to prosím za chvíli.
problem-storage-unavailable = Úložiště souborů je dočasně nedostupné. Soubor nebyl uložen; zkuste to prosím za chvíli.
problem-call-state-detail = Stav výzvy to nedovoluje ({ $phase })
problem-deadline-passed = Lhůta pro podání žádostí uplynula { $at }.
problem-not-yet-open = Příjem žádostí začne { $at }.
problem-correction-period-over = Lhůta pro opravu uplynula { $at }.
problem-application-state = Stav žádosti to nedovoluje: { $state }.

## Emails: each event's template asks for these.

email-greeting = Dobrý den,
email-open = Otevřít v Granty
email-closing = Tuto zprávu odeslal automaticky systém Granty.
# The first line of a letter to a named person.
email-addressee = { $name },

email-submitted-subject = Potvrzení o podání žádosti { $receipt_number }
email-resubmitted-subject = Opravená žádost podána { $receipt_number }
email-submitted-offer = Žádost „{ $application_title }” ({ $organisation_name }) — výzva „{ $call_title }”.
email-submitted-receipt = Číslo potvrzení: { $receipt_number }. Datum a čas podání: { $submitted_at }.

email-correction-subject = Žádost je třeba doplnit: { $application_title }
email-correction-found = Při formální kontrole žádosti „{ $application_title }” ({ $call_title }) byly zjištěny tyto nedostatky:
email-correction-due = Opravenou žádost podejte v Granty do { $due }.

email-accepted-subject = Žádost je formálně v pořádku: { $application_title }
email-accepted-text = Žádost „{ $application_title }” ({ $call_title }) prošla formální kontrolou a postupuje do věcného hodnocení.

email-rejected-subject = Žádost vyřazena z formálních důvodů: { $application_title }
email-rejected-text = Žádost „{ $application_title }” ({ $call_title }) neprošla formální kontrolou.
email-rejected-reason = Odůvodnění: { $reason }

email-confirmation-subject = Potvrďte e-mailovou adresu v Granty
email-confirmation-text = děkujeme za založení účtu. Abyste jej mohli používat, potvrďte e-mailovou adresu otevřením odkazu níže do 48 hodin.
email-confirmation-ignore = Pokud jste účet nezakládali, tuto zprávu ignorujte.

email-reset-subject = Nastavte nové heslo v Granty
email-reset-text = obdrželi jsme žádost o změnu hesla. Nové heslo nastavíte otevřením odkazu níže do 2 hodin.
email-reset-ignore = Pokud jste to nebyli vy, zprávu ignorujte: heslo zůstane beze změny.

email-invitation-subject = { $inviter_name } vás zve do organizace „{ $organisation_name }” v Granty
email-invitation-text = { $inviter_name } vás zve ke společné práci na žádostech organizace „{ $organisation_name }” ({ $tenant_name }).
email-invitation-accept = Pozvánku přijmete otevřením odkazu níže. Pokud ještě nemáte účet, nastavíte si heslo. Odkaz platí do { $expires_at }.
email-invitation-ignore = Pokud jste pozvánku nečekali, tuto zprávu ignorujte.

# How long is left before a reminder's deadline: 0 days is "the last day".
email-remaining-days = { $days ->
        [0] poslední den
        [one] { $days } den
        [few] { $days } dny
       *[other] { $days } dní
    }
email-remaining-hours = { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
       *[other] { $hours } hodin
    }
email-remaining-overdue = po termínu

email-draft-deadline-subject = Do konce příjmu žádostí zbývá { $when }: { $call_title }
email-draft-deadline-text = Vaše žádost „{ $application_title }” ještě nebyla podána.
email-draft-deadline-at = Termín podání: { $deadline }.

email-correction-due-subject = Na doplnění žádosti zbývá { $when }: { $application_title }
email-correction-due-text = Opravenou žádost podejte do { $due }.

email-formal-check-due-subject = Do konce formální kontroly zbývá { $when }: { $call_title }
email-formal-check-due-pending = Žádosti čekající na formální kontrolu: { $pending }.
email-formal-check-due-at = Termín formální kontroly: { $due }.

## The submission receipt attached to the confirmation.

# The receipt's file name is the same in every language.
receipt-file-name = potwierdzenie-{ $number }.txt
receipt-title = POTVRZENÍ O PODÁNÍ ŽÁDOSTI
receipt-number = Číslo
receipt-call = Výzva
receipt-offer = Žádost
receipt-applicant = Žadatel
receipt-submitted = Podáno
receipt-digest = Otisk obsahu (SHA-256)

# The audit trail of an offer (staff).
audit_history_title = Historie změn
audit_history_intro = Každá změna této nabídky, od nejstarší: kdo, kdy, z jaké adresy a co změnil. Záznamy jsou propojeny otisky; kontroluje je granty audit verify.
audit_col_when = Kdy
audit_col_who = Kdo
audit_col_action = Úkon
audit_col_from = Z adresy
audit_col_changes = Změny
audit_no_entries = Zatím žádné záznamy.
audit_by_system = Systém (příkazový řádek nebo plánovaná úloha)
audit_action_create = Koncept založen
audit_action_save_draft = Koncept uložen
audit_action_submit = Podáno
audit_action_submit_correction = Oprava podána
audit_action_withdraw = Staženo
audit_action_formal_check = Formální kontrola zapsána
audit_action_upload = Soubor přiložen
audit_action_delete = Soubor odstraněn
## Accounts and sessions: throttled logins, the account page, the lockout letter.

problem-too-many-logins = Příliš mnoho neúspěšných pokusů o přihlášení.
too-many-logins-detail = Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    } nebo si nastavte nové heslo.
account_title = Váš účet
account_sessions = Relace
account_sessions_text = Pokud jste se přihlásili na cizím počítači nebo jste ztratili telefon, odhlaste se všude: ukončíme každou relaci tohoto účtu, i tuto.
log_out_everywhere = Odhlásit se všude
email-locked-subject = Pozastavili jsme přihlašování k vašemu účtu v Granty
email-locked-text = někdo { $failures }krát zadal k vašemu účtu špatné heslo. Do { $until } nepřijmeme další pokusy o přihlášení.
email-locked-advice = Pokud jste to nebyli vy, nastavte si nové heslo pomocí odkazu níže: tím se také ukončí všechny relace.

# --- sec-finish ---
problem-two-factor-required = Tento účet se přihlašuje dvoufázovým kódem: pošlete totp_code spolu s heslem.
two_factor_login_title = Kód z aplikace
two_factor_login_text = Heslo je správné. Zadejte šestimístný kód, který vaše ověřovací aplikace ukazuje pro Granty.
two_factor_code = Šestimístný kód
two_factor_code_wrong = Tento kód není správný nebo už byl použit. Zadejte kód, který aplikace ukazuje teď.
two_factor_start_again = Začít znovu heslem
two_factor_expired = Čas na zadání kódu uplynul. Přihlaste se znovu heslem.
two_factor_title = Dvoufázové přihlášení
two_factor_off_text = Při dvoufázovém přihlášení je potřeba heslo a kód z ověřovací aplikace v telefonu.
two_factor_start = Nastavit dvoufázové přihlášení
two_factor_pending_text = Naskenujte QR kód ověřovací aplikací, nebo do ní klíč zadejte ručně. Pak zadejte zobrazený kód a dvoufázové přihlášení se zapne. Klíč je vidět jen do té doby.
two_factor_qr_label = QR kód pro ověřovací aplikaci
two_factor_secret = Klíč
two_factor_uri = Adresa pro aplikaci (otpauth)
two_factor_confirm = Zapnout dvoufázové přihlášení
two_factor_on_text = Dvoufázové přihlášení je zapnuté: každé přihlášení chce kód z aplikace. Chcete-li ho vypnout, zadejte aktuální kód.
two_factor_disable = Vypnout dvoufázové přihlášení
two_factor_required_notice = Úřad vyžaduje od svých zaměstnanců dvoufázové přihlášení. Nastavte ho, abyste mohli pokračovat.
audit_action_update = Změněno
audit_action_edit = Změněno
audit_action_publish = Zveřejněno
audit_action_record_publication = Zaznamenány dny zveřejnění
audit_action_cancel = Zrušeno
audit_action_remove_member = Člen odebrán
audit_action_invite = Člen pozván
call_history_intro = Každá změna této výzvy, od nejstarší: kdo, kdy, z jaké adresy a co změnil.
organisation_history_intro = Každá změna profilu a členů této organizace, od nejstarší: kdo, kdy, z jaké adresy a co změnil.
history_link = Historie změn
back_to_call = Zpět na výzvu
back_to_offers = Zpět na nabídky
people_title = Osobní údaje
people_intro = Najděte osobu tohoto úřadu podle e-mailové adresy: stáhněte vše, co o ní Granty uchovává (stejný JSON jako granty person export), nebo vymažte její osobní údaje. Podané nabídky a historie změn zůstávají.
people_email = E-mailová adresa
people_find = Najít
people_email_required = Zadejte e-mailovou adresu.
people_not_found = Žádná osoba tohoto úřadu nemá tuto e-mailovou adresu.
people_found = Nalezená osoba
people_download = Stáhnout export (JSON)
people_erase = Vymazat osobní údaje
people_erase_title = Vymazat osobní údaje této osoby?
people_erase_text = Jméno, e-mailová adresa a heslo budou nahrazeny; osoba se už nepřihlásí. Podané nabídky a historie změn zůstávají. Nelze to vrátit.
people_erase_confirm = Ano, vymazat
people_cancel = Zrušit
people_erased = Osobní údaje této osoby byly vymazány.
# --- front ---
front_towns_title = Grantová řízení obcí
front_towns_intro = Vyberte svou obec a uvidíte otevřené výzvy, jak podat žádost a kde se přihlásit.
front_no_towns = Zatím žádná obec nevede svá řízení v Granty.
front_how_to_apply = Jak podat nabídku
front_step_account = Založte účet osoby jednající za organizaci a potvrďte jej odkazem z e-mailu.
front_step_organisation = Zaregistrujte organizaci (IČO, registr, bankovní účet).
front_step_offer = Otevřete výzvu výše a začněte nabídku; ukládá se průběžně při psaní.
front_step_submit = Zkontrolujte nabídku a podejte ji před termínem: potvrzení přijde e-mailem.
front_have_account = Už máte účet?
front_account_language = Jazyk
front_account_language_hint = V tomto jazyce zobrazujeme stránky Granty a posíláme vám e-maily.
front_language_now = Nyní:
front_language_saved = Jazyk je uložen. Stránky i e-maily jsou nyní v tomto jazyce.
front_save_language = Uložit jazyk
front_language_unknown = Vyberte jeden z uvedených jazyků.
front_forbidden_heading = Tuto stránku nemůžete otevřít
# --- clerk ---
email-correction-justification = Odůvodnění úřadu:
decision_saved = Rozhodnutí bylo uloženo
last_decision = Poslední rozhodnutí
decision_made_at = Rozhodnuto
justification = Odůvodnění
justification_hint = Proč úřad vyzývá k doplnění nebo žádost zamítá. Žadatel je uvidí v e-mailu a v editoru.
correction_justification = Odůvodnění úřadu:
submit_correction = Podávám opravu
correction_receipt_title = Oprava podána
correction_number_explained = Číslo { $number } znamená opravu č. { $n } žádosti podané pod číslem { $offer_number }. Úřad si ponechává dřívější verzi.
versions_heading = Podané verze
version_kind = Druh
version_kind_submission = žádost
version_kind_correction = oprava
version_diff_heading = Co se změnilo
diff_field = Pole
diff_none = Oprava nezměnila žádné pole formuláře.
activity_heading = Rozpracované a podané žádosti
activity_started = Založené
activity_submitted = Podané
activity_hint = jeden sloupec za den, v posledních 48 hodinách před termínem za hodinu.
activity_table = Čísla z grafu v tabulce
activity_period = Den nebo hodina
activity_none = Zatím nikdo nezaložil žádost.
activity_hourly_from = 48 h před termínem
activity_desc = Sloupcový graf žádostí za den a v posledních 48 hodinách před termínem za hodinu. Celkem založeno { $started }, podáno { $submitted }. Tabulka níže uvádí stejná čísla.
sent_first_try = odesláno napoprvé
submitted_count = podáno
# --- attach ---
attachment_kind_statut = Stanovy organizace
attachment_kind_statute = Stanovy organizace
attachment_kind_krs = Výpis z Národního soudního rejstříku (KRS)
attachment_kind_odpis_krs = Výpis z Národního soudního rejstříku (KRS)
attachment_kind_pelnomocnictwo = Plná moc
attachment_kind_inne = Jiná příloha
attachment_col_kind = Druh
attachment_col_file = Soubor
attachment_col_type = Typ
attachment_col_size = Velikost
attachment_col_uploaded = Nahráno
attachment_download = Stáhnout
attachment_replace = Nahradit soubor
attachment_new_file = Nový soubor
attachment_remove = Odebrat ze žádosti
attachment_versions = Historie verzí
attachment_version = Verze
attachment_filed_with = podána s verzí žádosti
attachment_replaced_on = nahrazena
attachment_removed_on = odebrána
attachments_removed = Odebrané ze žádosti (zachované v historii)
attachments_on_offer = Přílohy žádosti
attachment_upload_new = Přidat přílohu
attachment_not_found = Tato příloha už v žádosti není: někdo ji mohl právě nahradit nebo odebrat. Seznam níže je aktuální.
audit_action_replace = Soubor nahrazen novou verzí
# --- editor ---
editor_progress = vyplněno: { $filled } z { $total }
editor_progress_heading = Postup vyplňování
editor_to_correct = K opravě
editor_show_missing = Ukázat vše, co ještě chybí
editor_nothing_missing = Nic nechybí: nabídku lze zkontrolovat a podat.
editor_title_limit = Největší délka ve znacích:
editor_characters_used = Zadáno: %count% z %max%.
editor_rows_hint = Potřebujete více řádků? Stiskněte „Přidat řádek“. Prázdné řádky se při uložení vynechají.
editor_add_row = Přidat řádek
editor_row_added = Na konec tabulky byl přidán řádek.
withdraw_heading = Stažení nabídky
withdraw_explanation = Úřad staženou nabídku neposuzuje. Do uplynutí lhůty můžete v této výzvě začít novou nabídku. Stažení nelze vrátit.
withdraw_button = Ano, stahuji nabídku
withdraw_link = Stáhnout nabídku
withdraw_hint = Změna plánů před uplynutím lhůty?
withdraw_done = Nabídka byla stažena.
delete_heading = Smazání konceptu
delete_explanation = Koncept a vše, co do něj bylo zapsáno, bude smazáno. Nelze to vrátit.
delete_button = Ano, smazat koncept
delete_link = Smazat tento koncept
delete_done = Koncept byl smazán.
removal_refused = Teď to nelze udělat
removal_cancel = Ne, zpět
start_offer_login_hint = Přihlaste se účtem organizace a začněte nabídku; vrátíte se k této výzvě.
start_offer_continues = Pokud vaše organizace v této výzvě už nabídku začala, budete v ní pokračovat.
problem-two-factor-enrolment-required = Obec vyžaduje od úředníků dvoufázové přihlášení: zapněte ho na stránce účtu, než použijete API.

# --- polish ---
size_kilobytes = kB
size_megabytes = MB

# --- recovery ---
recovery_codes_heading = Záložní kódy
recovery_codes_text = Když ztratíte telefon, každý záložní kód otevře jedno přihlášení místo kódu z aplikace. Nové kódy nahradí všechny dosavadní.
recovery_codes_left = Nepoužité záložní kódy:
recovery_codes_few_left = Zbývá jen málo záložních kódů (nebo žádný). Vytvořte nové.
recovery_codes_new_heading = Vaše záložní kódy
recovery_codes_new_text = Uložte si tyto kódy hned: zobrazují se jen tentokrát. Každý platí pro jedno přihlášení. Uchovávejte je mimo telefon (vytištěné nebo ve správci hesel).
recovery_codes_download = Stáhnout jako textový soubor
recovery_codes_print_hint = Chcete-li je vytisknout, vytiskněte tuto stránku (Ctrl+P): vytisknou se jen kódy.
recovery_codes_regenerate_code = Aktuální kód z aplikace
recovery_codes_regenerate = Vytvořit nové záložní kódy
recovery_codes_disable_hint = Dvoufázové přihlášení vypnete aktuálním kódem z aplikace, nebo bez telefonu jedním ze záložních kódů.
recovery_codes_file_heading = Granty: záložní kódy pro dvoufázové přihlášení
recovery_codes_login_hint = Nemáte telefon po ruce? Zadejte jeden ze záložních kódů (např. ABCDE-FGHJK); každý platí jen jednou.
# --- scoring ---
rule-gate_carries_no_points = Kritérium „splňuje / nesplňuje“ nemá body: jako maximum zadejte 0.
rule-statutory_criterion_not_gate = Zákonné kritérium (čl. 15 odst. 1) se hodnotí body, nemůže být typu „splňuje / nesplňuje“.
rule-points_above_maximum = Za toto kritérium lze udělit nejvýše { $max } b.
rule-half_points_not_allowed = V této výzvě se body udělují jen v celých číslech (bez polovin).
rule-justification_too_short = Odůvodnění musí mít alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
       *[other] { $min } znaků
    } (nyní: { $actual }).
rule-points_required = Udělte body za toto kritérium.
rule-pass_fail_required = Uveďte, zda nabídka toto kritérium splňuje.
email-scoring-due-subject = Do konce věcného hodnocení zbývá { $when }: { $call_title }
email-scoring-due-pending = Hodnoticí karty čekající na odevzdání: { $pending }.
email-scoring-due-at = Termín hodnocení: { $due }.
email-scorecard-reopened-subject = Hodnoticí karta znovu otevřena: { $application_title }
email-scorecard-reopened-text = Úředník znovu otevřel vaši hodnoticí kartu žádosti „{ $application_title }” ({ $call_title }). Můžete ji upravit a odevzdat znovu.
email-scorecard-reopened-reason = Důvod: { $reason }
evaluations_title = Hodnocení žádostí
evaluations_none = Nejste členem žádné hodnoticí komise.
evaluations_declare = Podepsat prohlášení o nepodjatosti
evaluations_declare_hint = Žádosti této výzvy uvidíte po podepsání prohlášení o nepodjatosti.
evaluations_no_offers = V této výzvě vám zatím nebyly přiděleny žádné žádosti.
evaluations_offers = Žádosti k hodnocení
evaluations_offer = Žádost
evaluations_call = Výzva
evaluations_card = Hodnoticí karta
evaluations_open = Otevřít
evaluations_score = Hodnotit
scoring_deadline = Termín hodnocení
no_scoring_deadline = nestanoven
scoring_screen = Věcné hodnocení
card_not_started = k hodnocení
card_draft = rozpracovaná
card_submitted = odevzdaná
card_late = po termínu
card_saved = Rozpracovaná karta je uložena.
card_submitted_now = Hodnoticí karta je odevzdána.
card_submitted_at = Odevzdána
card_stale = Karta byla změněna v jiném okně. Obnovte stránku, abyste viděli aktuální verzi.
card_read_only = Karta je odevzdána a lze ji jen číst. Změnit ji lze až poté, co ji úředník znovu otevře.
card_may_not_score = Tuto žádost můžete číst, ale nehodnotíte ji (není vám přidělena nebo máte v komisi jen poradní hlas).
card_reopened_because = Úředník kartu znovu otevřel. Důvod:
criterion_gate = splňuje / nesplňuje
criterion_max = max. bodů
criterion_weight = váha
criterion_pass = Splňuje
criterion_fail = Nesplňuje
justification_min = Nejméně znaků:
characters_typed = Napsáno:
autosave_saved = Uloženo
save_card_draft = Uložit rozpracovanou kartu
submit_card = Odevzdat hodnoticí kartu
track_record = Dosavadní spolupráce (čl. 15 odst. 1 bod 6)
track_record_none = Organizace v Granty v této obci dříve žádné žádosti nepodala.
track_record_no_settlement = V Granty zatím nejsou evidovány žádné zprávy ani vratky dotací.
track_record_year = Rok
track_record_formal = Formální kontrola
track_record_corrections = Výzvy k doplnění
track_record_awarded = Přiznaná dotace
clerk_scoring = Průběh hodnocení
clerk_scoring_no_members = Komise této výzvy zatím nemá členy.
clerk_scorecard = Hodnoticí karta člena komise
col_member = Člen komise
col_assigned = Přiděleno
member_no_score = bez hodnocení
scoring_past_deadline = Termín hodnocení uplynul.
reopen_card = Znovu otevřít kartu
reopen_reason = Důvod znovuotevření
reopen_hint = Člen komise dostane e-mail s tímto důvodem a bude moci kartu upravit.
card_points = Body
criterion_weight_label = Váha (1–10)
criterion_gate_label = Splňuje / nesplňuje
clerk_scorecards = Hodnoticí karty žádosti
clerk_scorecards_none = Hodnoticí kartu této žádosti zatím nikdo neuložil.
# --- committee ---
rule-nominee_of_applicant = Osoba navržená organizací „{ $organisation }”, která v této výzvě podala nabídku (samostatně nebo jako partner), nemůže být členem komise (čl. 15 odst. 2d zákona).
rule-nominator_required = Uveďte nestátní neziskovou organizaci, která tuto osobu navrhla.
rule-no_ngo_reason_required = V komisi není nikdo navržený nestátní neziskovou organizací: před zahájením hodnocení zaznamenejte jeden ze tří důvodů podle čl. 15 odst. 2da zákona.
rule-not_an_evaluator = Tato osoba nemá v obci roli hodnotitele.
rule-already_on_committee = Tato osoba už je členem komise této výzvy.
rule-already_declared = Prohlášení o nepodjatosti k této výzvě už bylo podepsáno.
rule-member_excluded = Tento člen komise je z hodnocení této nabídky vyloučen.
rule-not_on_committee = Tato osoba není hodnotícím členem komise této výzvy.
rule-no_scoring_members = V komisi není nikdo, kdo nabídky boduje.
email-committee-subject = Jmenování do hodnoticí komise: { $call_title }
email-committee-text = Byli jste jmenováni do hodnoticí komise výzvy „{ $call_title }” jako { $member_kind ->
        [official] zástupce výkonného orgánu
        [ngo_nominee] osoba navržená nestátní neziskovou organizací
       *[other] odborník s poradním hlasem
    }.
email-committee-nominated-by = Navrhující organizace: { $nominated_by }.
email-committee-declare = Než uvidíte nabídky, podepište prosím prohlášení o nepodjatosti (čl. 24 polského správního řádu). Otevře je odkaz níže.
email-reassign-subject = Nabídky k novému přidělení: { $call_title }
email-reassign-text = { $member_name } v prohlášení o nepodjatosti uvedl(a) vztah k žadatelům ve výzvě „{ $call_title }” a je vyloučen(a) z hodnocení těchto nabídek:
email-reassign-ask = Přidělte prosím tyto nabídky jinému členovi komise.
committee_title = Hodnoticí komise
committee_intro = Komise se k nabídkám vyjadřuje; rozhoduje výkonný orgán. Člen komise vidí nabídky až po podpisu prohlášení o nepodjatosti.
committee_link = Komise a přidělení nabídek
committee_members = Členové komise
committee_none = Komise zatím nemá členy.
member_name = Osoba
member_kind = Role v komisi
member_kind_official = zástupce výkonného orgánu
member_kind_ngo_nominee = osoba navržená nestátní neziskovou organizací
member_kind_adviser = odborník s poradním hlasem
member_nominated_by = Navrhla
member_scores = Boduje
member_declared = Prohlášení o nepodjatosti
member_declared_no = nepodepsáno
member_exclusions = Vyloučení
member_assigned = Přidělené nabídky
committee_member_removed = Odvolán(a)
member_actions = Akce
scores_yes = ano
scores_no = ne (poradní hlas)
scores_switch_on = Ať boduje
scores_switch_off = Jen poradní hlas
committee_remove_member = Odvolat z komise
removal_reason = Důvod odvolání
appoint_heading = Jmenovat člena komise
appoint_person = Osoba (účet s rolí hodnotitele)
appoint_kind = Role v komisi
appoint_nominator_org = Navrhující organizace (ze seznamu)
appoint_nominator_name = nebo název navrhující organizace
appoint_nominator_hint = Jen pro osobu navrženou nestátní neziskovou organizací. Osoba navržená organizací, která v této výzvě podala nabídku, nemůže být v komisi.
appoint_nominator_pick = — vyberte —
appoint_scores = Boduje (odborník ve výchozím stavu neboduje)
appoint_submit = Jmenovat
settings_heading = Pravidla hodnocení
settings_half_points = Povoleny poloviny bodů
settings_min_justification = Nejkratší zdůvodnění u kritéria (znaky)
settings_min_total = Nejnižší součet bodů k doporučení
settings_min_total_hint = Např. 30 nebo 30,5. Prázdné: bez prahu.
settings_divergence = Rozdíl v hodnocení, který je třeba vyřešit (% maxima)
settings_per_offer = Hodnotitelů na nabídku
settings_per_offer_hint = Prázdné: každý bodující člen hodnotí každou nabídku.
settings_deadline = Termín hodnocení (místní čas obce)
settings_tie_breakers = Rozhodování shody
settings_tie_breakers_hint = Pravidla v pořadí oddělená čárkami: „criterion:N” (vyšší hodnocení v kritériu číslo N, počítáno od 0) nebo „received” (dříve doručená nabídka). Výchozí: criterion:1, received.
settings_no_ngo_reason = Proč v komisi není nikdo navržený organizacemi (čl. 15 odst. 2da)
no_ngo_reason_none = — netýká se —
no_ngo_reason_no_nominations = žádná organizace nikoho nenavrhla
no_ngo_reason_nominees_applying = navržené osoby se nemohou účastnit, protože jejich organizace podaly nabídky
no_ngo_reason_nominees_excluded = všechny navržené osoby byly vyloučeny podle čl. 24 polského správního řádu
settings_save = Uložit pravidla hodnocení
assign_heading = Přidělení nabídek
assign_all = Každý bodující člen hodnotí každou nabídku
assign_spread = Rozdělit nabídky rovnoměrně
assign_per_offer = Hodnotitelů na nabídku
assign_submit = Přidělit nabídky
assign_intro = První přidělení zahájí hodnocení uzavřené výzvy. Člen vyloučený z nabídky ji nikdy nedostane; dosavadní přidělení zůstávají.
assign_short = Tyto nabídky nedostaly požadovaný počet členů:
reassign_heading = Změnit přidělení nabídky
reassign_offer = Nabídka
reassign_from = Odebrat členovi
reassign_from_none = — nikomu (doplnit chybějícího) —
reassign_to = Přidělit členovi
reassign_reason = Důvod změny
reassign_submit = Změnit přidělení
needs_reassignment_heading = Nabídky k novému přidělení
needs_reassignment_hint = Člen komise uvedl vztah k žadateli a je z těchto nabídek vyloučen. Přidělte je jinému členovi.
offers_under_evaluation = Nabídky v hodnocení
assignment_history = Historie přidělení
history_assigned_at = Přiděleno
history_ended_at = Ukončeno
history_end_reason = Důvod
end_reason_declared_tie = uvedený vztah k žadateli
committee_appointed = Člen komise byl jmenován; poslali jsme mu odkaz na prohlášení.
committee_removed = Člen komise byl odvolán.
committee_scores_changed = Účast člena na bodování byla změněna.
committee_settings_saved = Pravidla hodnocení byla uložena.
committee_assigned = Nabídky byly přiděleny.
committee_reassigned = Přidělení nabídky bylo změněno.
declaration_title = Prohlášení o nepodjatosti
declaration_statement = Prohlašuji, že se na mě nevztahují okolnosti vylučující účast v hodnoticí komisi podle čl. 24 polského správního řádu (ve spojení s čl. 15 odst. 2f zákona o veřejně prospěšné činnosti a dobrovolnictví): nejsem účastníkem ani osobou, jejíž práva či povinnosti výsledek ovlivní; nejsem se žadatelem v manželském, příbuzenském či švagrovském vztahu, ve vztahu osvojení, opatrovnictví či péče; nejsem zástupcem žadatele ani k němu ve vztahu služební podřízenosti; a neexistuje okolnost, která by mohla vyvolat pochybnost o mé nepodjatosti.
declaration_applicants = Žadatelé a partneři v této výzvě
declaration_no_applicants = Výzva zatím nemá formálně přijaté nabídky.
declaration_no_ties = Nemám vztah k žádnému z uvedených žadatelů
declaration_ties = Mám vztah k označeným žadatelům
declaration_tie_hint = Označte žadatele, k nimž máte vztah podle čl. 24. Budete vyloučen(a) z hodnocení jejich nabídek a úřad je přidělí někomu jinému.
declaration_submit = Podepisuji prohlášení
declaration_signed = Prohlášení podepsáno
declaration_signed_at = Podepsáno dne
declaration_signed_no_ties = Bez vztahu k žadatelům.
declaration_signed_ties = Uvedené vztahy k žadatelům:
declaration_done = Děkujeme. Prohlášení bylo uloženo.
declaration_first = Než uvidíte nabídky této výzvy, podepište prohlášení o nepodjatosti.
# --- ranking ---
rule-award_above_request = Přidělená částka je vyšší, než o kolik nabídka žádala ({ $requested }).
rule-award_above_pool = Přidělená částka je vyšší než zbytek prostředků na tomto místě pořadí ({ $left }).
rule-award_below_minimum = Přidělená částka je nižší než minimální dotace výzvy ({ $minimum }).
rule-applicant_flagged = Žadatel má opožděnou zprávu nebo nevrácenou dotaci a obec v takovém případě dotaci nepřiděluje.
rule-divergence_unresolved = Hodnocení členů komise se příliš liší: před přidělením vyřešte rozpor.
ranking_title = Pořadí nabídek
ranking_raw = Pořadí podle bodů komise
ranking_normalised = Pořadí po vyrovnání mírnosti hodnotitelů (pro srovnání)
ranking_normalised_hint = Toto pořadí nenahrazuje pořadí komise; ukazuje seznam bez rozdílů v mírnosti hodnotitelů.
ranking_place = Pořadí
ranking_organisation = Organizace
ranking_task = Úkol
ranking_means = Průměry podle kritérií
ranking_total = Celkem bodů
ranking_recommended = Doporučeno
ranking_yes = ano
ranking_no = ne
ranking_divergence = Rozpor v hodnocení
ranking_divergence_resolved = vyřešeno
ranking_divergence_open = k vyřešení
ranking_resolution_note = Poznámka k vyřešení
ranking_extra_member = Další hodnotitel (nepovinné)
ranking_no_extra_member = bez dalšího hodnotitele
ranking_resolve = Vyřešit
ranking_divergence_saved = Rozpor je vyřešen.
ranking_flags = Upozornění k žadateli
ranking_flag_overdue_report = opožděná zpráva
ranking_flag_unpaid_return = nevrácená dotace
ranking_requested = Požadováno
ranking_amount = Přidělená částka
ranking_reason = Odůvodnění (u nižší částky nebo volby mimo pořadí)
ranking_pool_left = Zbývá z prostředků
ranking_pool = Prostředky výzvy
ranking_save_awards = Uložit dotace
ranking_awards_saved = Dotace uloženy.
ranking_leniency = Mírnost hodnotitelů
ranking_member = Člen komise
ranking_offers_scored = Hodnocené nabídky
ranking_offset = Průměrná odchylka od komise
ranking_own_mean = Průměr hodnotitele
ranking_panel_mean = Průměr komise u týchž nabídek
ranking_chart_pool = Přidělené a zbývající prostředky podle pořadí
ranking_chart_pool_desc = Sloupce: částka přidělená na každém místě pořadí; čára: co zbývá z prostředků. Stejná čísla jsou v tabulce vedle.
ranking_chart_members = Součty členů ve srovnání s průměrem komise
ranking_chart_members_desc = Pro každého člena: průměr jeho součtů (tmavý sloupec) a průměr komise u týchž nabídek (světlý sloupec). Stejná čísla jsou v tabulce mírnosti.
ranking_allocated = Přiděleno
ranking_download_csv = Stáhnout pořadí (CSV)
ranking_download_xlsx = Stáhnout pořadí (XLSX)
ranking_tie_rule = Shodné součty rozhoduje v tomto pořadí
ranking_breaker_criterion = vyšší průměr v kritériu č.
ranking_breaker_received = dřívější podání nabídky
ranking_breaker_id = pořadí vytvoření nabídek
ranking_separated_by = O pořadí rozhodlo
ranking_by_total = součet bodů
ranking_rounding = Součty jsou zobrazeny na dvě desetinná místa, zaokrouhleny od poloviny nahoru; pořadí se počítá z přesných hodnot.
ranking_max_total = Nejvyšší možný součet
ranking_unscored = nehodnoceno
ranking_no_offers = Zatím nejsou hodnocené žádné nabídky.
ranking_figures = Čísla grafu
# --- results ---
rule-update_grant_differs = Aktualizovaný rozpočet musí žádat o dotaci rovnou přiznané částce: { $award }.
rule-update_own_share_fell = Podíl vlastního vkladu by klesl z { $before } na { $after } nákladů; aktualizace jej nesmí snížit.
rule-update_scope_removed = Aktualizace nesmí zúžit úkol: chybí „{ $name }” z podané nabídky.
rule-update_not_expected = Aktualizaci této nabídky nyní nelze podat ani posoudit.
rule-awards_missing = Výsledky nelze zveřejnit: formálně přijaté nabídky bez rozhodnutí o dotaci: { $count }.
rule-nothing_to_publish = Není co zveřejnit: žádná nabídka nemá rozhodnutí o dotaci. Výzva bez nabídek splňujících požadavky se ruší (čl. 18a).
rule-decision_missing = Nejprve zaznamenejte rozhodnutí orgánu (kdo a kdy rozhodl).
rule-justification_period_over = Lhůta pro žádost o odůvodnění skončila { $closed_on } (30 dní od zveřejnění výsledků, čl. 15 odst. 2i).
rule-cancel_offers_exist = Do výzvy byly podány nabídky ({ $count }), proto ji nelze zrušit pro nedostatek nabídek.
rule-cancel_valid_offer_exists = Existují nabídky splňující požadavky nebo dosud ve formální kontrole ({ $count }), proto výzvu nelze z tohoto důvodu zrušit.
email-result-chosen-subject = Výsledky výzvy: nabídka „{ $application_title }” vybrána
email-result-chosen-text = Nabídka „{ $application_title }” ve výzvě „{ $call_title }” byla vybrána. Přiznaná dotace: { $amount }.
email-result-update-needed = Přiznaná částka ({ $amount }) je nižší než požadovaná ({ $requested }). Podejte v Granty aktualizovaný rozpočet a harmonogram, nebo od realizace úkolu odstupte.
email-result-not-chosen-subject = Výsledky výzvy: nabídka „{ $application_title }”
email-result-not-chosen-text = Nabídka „{ $application_title }” ve výzvě „{ $call_title }” nebyla vybrána k financování.
email-result-score = Počet bodů udělených komisí: { $score }.
email-update-filed-subject = Podána aktualizace nabídky „{ $application_title }”
email-update-filed-text = { $organisation_name } podala aktualizovaný rozpočet a harmonogram nabídky „{ $application_title }” (výzva „{ $call_title }”). Zkontrolujte jej a přijměte, nebo vraťte s připomínkami.
email-update-withdrawn-subject = Odstoupení od dotace: „{ $application_title }”
email-update-withdrawn-text = { $organisation_name } odstoupila od realizace úkolu „{ $application_title }” (výzva „{ $call_title }”).
email-update-accepted-subject = Aktualizace přijata: „{ $application_title }”
email-update-accepted-text = Úřad přijal aktualizovaný rozpočet a harmonogram nabídky „{ $application_title }” (výzva „{ $call_title }”). Dotace je konečná.
email-update-returned-subject = Aktualizace vrácena k opravě: „{ $application_title }”
email-update-returned-text = Úřad vrátil aktualizovaný rozpočet nabídky „{ $application_title }” (výzva „{ $call_title }”). Opravte jej a podejte znovu.
email-update-comment = Připomínky úřadu: { $comment }
email-justification-subject = Odůvodnění výsledků výzvy „{ $call_title }”
email-justification-question = Váš dotaz k výsledkům výzvy „{ $call_title }”:
email-justification-answer = Odpověď úřadu:
email-cancelled-subject = Výzva „{ $call_title }” byla zrušena
email-cancelled-text = Výzva „{ $call_title }” byla zrušena podle čl. 18a polského zákona o veřejně prospěšné činnosti a dobrovolnictví.
email-cancelled-reason = Odůvodnění: { $reason }
cancel-ground-no_offers = Nebyla podána žádná nabídka.
cancel-ground-none_valid = Žádná z podaných nabídek nesplňuje požadavky výzvy.
results_title = Výsledky výzvy
results_decision = Rozhodnutí orgánu
results_decided_by = Kdo rozhodl (orgán)
results_decision_reference = Číslo aktu (usnesení, opatření)
results_decided_on = Datum rozhodnutí
results_save_decision = Uložit rozhodnutí
results_publish = Zveřejnit výsledky
results_publish_hint = Výsledky se zveřejňují bez odkladu v BIP, na úřední desce a na webu (čl. 15 odst. 2j). Dny v BIP a na desce lze doplnit později.
results_published_at = Datum zveřejnění výsledků
results_channels = Dny zveřejnění výsledků
results_save_channels = Uložit dny zveřejnění
results_awards = Nabídky a dotace
results_organisation = Organizace
results_task = Úkol
results_amount = Přiznaná částka
results_requested = Požadovaná částka
results_score = Body
results_chosen = Vybrané nabídky
results_not_chosen = Ostatní nabídky
results_update_state = Aktualizace
results_none = Zatím žádná rozhodnutí o dotacích.
results_not_published = Výsledky zatím nebyly zveřejněny.
update_state_not_needed = není potřeba
update_state_awaiting = čeká na žadatele
update_state_submitted = podána, ke kontrole
update_state_accepted = přijata
update_state_withdrawn = odstoupení od dotace
results_accept_update = Přijmout aktualizaci
results_return_update = Vrátit s připomínkami
results_comment = Připomínky pro organizaci
results_justifications = Žádosti o odůvodnění
justification_title = Žádost o odůvodnění
justification_intro = Každý může do 30 dnů od zveřejnění výsledků požádat o odůvodnění výběru nebo odmítnutí nabídky (čl. 15 odst. 2i polského zákona o veřejně prospěšné činnosti a dobrovolnictví).
justification_until = Žádosti lze podat do
justification_name = Jméno a příjmení nebo název
justification_email = E-mail pro odpověď
justification_offer = Které nabídky se týká
justification_any_offer = celého rozhodnutí
justification_question = Dotaz
justification_send = Odeslat žádost
justification_sent = Žádost byla přijata. Odpověď přijde e-mailem.
justification_closed = Lhůta pro žádost o odůvodnění uplynula.
justification_received = Doručeno
justification_answer = Odpověď
justification_send_answer = Odeslat odpověď
justification_answered = Odpověď odeslána
justification_none = Žádné žádosti o odůvodnění.
cancel_art18a = Zrušení výzvy (čl. 18a)
cancel_ground = Důvod zrušení
cancel_ground_no_offers = Nebyla podána žádná nabídka
cancel_ground_none_valid = Žádná nabídka nesplňuje požadavky
cancel_notice = Výzva byla zrušena
cancel_do = Zrušit výzvu
your_result = Výsledek výzvy
your_result_chosen = Nabídka byla vybrána.
your_result_not_chosen = Nabídka nebyla vybrána.
update_title = Aktualizace rozpočtu a harmonogramu
update_hint = Přiznaná částka je nižší než požadovaná. Upravte rozpočet a harmonogram tak, aby požadovaná dotace odpovídala přiznané, bez snížení podílu vlastního vkladu a bez odebrání činností či výsledků; pak aktualizaci podejte, nebo od dotace odstupte.
update_submit = Podat aktualizaci
update_withdraw = Odstoupit od dotace

# --- evaluator-journey ---
scoring_skip_to_card = Přejít na hodnoticí kartu
# --- award-journey ---
award_update_heading = Dotace přiznána v nižší výši: podejte aktualizovaný rozpočet
award_update_awarded = Přiznaná dotace:
award_update_ask = Požadovaná dotace v aktualizaci musí činit přesně
award_update_rule_grant = Snižte náklady nebo zvyšte jiné zdroje tak, aby požadovaná dotace odpovídala přiznané.
award_update_rule_own_share = Podíl vlastního vkladu na nákladech nesmí klesnout pod podíl z nabídky.
award_update_rule_scope = Rozsah úkolu zůstává: žádnou činnost ani výsledek z nabídky nelze odebrat.
award_update_then = Uložte změny a podejte aktualizovaný rozpočet, nebo se dotace vzdejte.
award_update_file = Podat aktualizovaný rozpočet
award_update_withdraw = Vzdát se dotace

# --- offer-pdf ---
offer_pdf_download = Podaná žádost (PDF)
protocol_pdf_download = Protokol o práci komise (PDF)
# --- agreements ---
rule-agreement_not_draft = Smlouva už není návrhem: změnit ji lze jen dodatkem.
rule-signing_a_draft = Návrh smlouvy se nepodepisuje: nejprve smlouvu připravte k podpisu.
rule-town_not_signed = Organizace podepisuje po poskytovateli: poskytovatel smlouvu ještě nepodepsal.
rule-already_signed = Tato strana už tuto verzi smlouvy podepsala.
rule-agreement_not_in_force = Smlouva není účinná: nepodepsaly ji všechny strany, nebo už skončila.
rule-annex_on_settled = Smlouva je vypořádaná nebo ukončená: dodatek k ní uzavřít nelze.
rule-annex_pending = Dodatek k této smlouvě se už připravuje: nejprve ho podepište.
rule-nothing_changed = Dodatek na smlouvě nic nemění.
rule-payment_before_signing = Dotace se nevyplácí před podpisem smlouvy všemi stranami ani s datem před podpisem.
rule-agreement_closed = Smlouva je vypořádaná nebo ukončená.
rule-payment_above_grant = Platby by překročily dotaci: zbývá vyplatit { $left }.
rule-date_in_future = Datum nesmí být v budoucnosti.
rule-use_by_after_budget_year = Dotaci nelze použít později než { $last } (konec rozpočtového roku, čl. 251 polského zákona o veřejných financích).
rule-tranches_sum_differs = Splátky musí dát dohromady výši dotace: { $grant }.
rule-signatories_missing = { $party ->
        [town] Uveďte osobu, která podepisuje za poskytovatele.
       *[other] Uveďte zástupce příjemce (požadovaný počet: { $required }).
    }
rule-award_not_final = Smlouva se uzavírá po zveřejnění výsledků, s nabídkou vybranou k podpoře a přijatou aktualizací rozpočtu (byla-li potřeba).
rule-too_few_signatures = Soubor nese málo platných podpisů zástupců příjemce: požadováno { $required }, nalezeno { $found }.
rule-signature_untrusted = Certifikát podpisu nevydala autorita, které úřad důvěřuje.
rule-signature_invalid = Soubor není podepsaná smlouva z Granty nebo podpis nesouhlasí (soubor byl po podpisu změněn).
rule-scans_not_allowed = Úřad nepřijímá skeny: smlouvu je třeba podepsat elektronicky.
email-agreement-ready-subject = Smlouva { $agreement_number } čeká na podpis
email-agreement-ready-text = Smlouva { $agreement_number } o realizaci veřejné zakázky „{ $task_title }“ je připravena k podpisu. Stáhněte ji z Granty, nechte ji elektronicky podepsat zástupci organizace a nahrajte podepsaný soubor.
email-annex-ready-subject = Dodatek č. { $annex_no } ke smlouvě { $agreement_number } čeká na podpis
email-annex-ready-text = Dodatek č. { $annex_no } ke smlouvě { $agreement_number } (úkol „{ $task_title }“) je připraven k podpisu. Stáhněte ho z Granty, podepište a nahrajte podepsaný soubor.
email-agreement-signed-subject = Smlouva { $agreement_number } byla uzavřena
email-agreement-signed-text = Všechny strany podepsaly smlouvu { $agreement_number } o realizaci veřejného úkolu „{ $task_title }“. Úkol se realizuje.
email-annex-signed-subject = Dodatek č. { $annex_no } ke smlouvě { $agreement_number } byl uzavřen
email-annex-signed-text = Všechny strany podepsaly dodatek č. { $annex_no } ke smlouvě { $agreement_number } (úkol „{ $task_title }“). Změněná ustanovení platí.
email-tranche-paid-subject = Byla vyplacena splátka dotace (smlouva { $agreement_number })
email-tranche-paid-text = Dne { $paid_on } bylo vyplaceno { $amount } dotace na úkol „{ $task_title }“ (smlouva { $agreement_number }). Dosud vyplaceno celkem { $paid_total }.
email-agreement-unsigned-subject = Smlouva na úkol „{ $application_title }“ stále čeká na podpis
email-agreement-unsigned-text = Smlouva na úkol „{ $application_title }“ (výzva „{ $call_title }“) čeká na podpis od { $since }.
# --- agreement-pages ---
representatives_legend = Osoby oprávněné zastupovat organizaci
representatives_hint = Uveďte osoby, které mohou za organizaci podepisovat, podle rejstříku nebo stanov. Přidejte jich tolik, kolik vyžaduje způsob zastupování.
representation_rule = Způsob zastupování
representation_rule_hint = Podle rejstříku nebo stanov, např. „dva členové představenstva společně“.
signatures_required = Počet potřebných podpisů
signatures_required_hint = Kolik z uvedených osob musí za organizaci podepsat smlouvu (1 až 10).
agreement_settings_title = Nastavení smluv
agreement_settings_back = Zpět do administrace
agreement_settings_saved = Nastavení smluv je uloženo. Již připravené smlouvy si ponechávají své podmínky.
agreement_settings_intro = Tyto hodnoty vyplňují smlouvy města. Již připravené smlouvy si ponechávají podmínky, se kterými byly sepsány.
agreement_settings_shift_legend = Přesuny mezi položkami rozpočtu
agreement_settings_shift_percent = Povolené navýšení položky rozpočtu (%)
agreement_settings_shift_percent_hint = O tolik může položka vzrůst bez dodatku; snížení je vždy povoleno. Výchozí hodnota v Granty je 10.
agreement_settings_shift_basis = Navýšení se počítá z
agreement_shift_basis_line = celé položky rozpočtu
agreement_shift_basis_grant_part = části položky hrazené z dotace
agreement_settings_days_legend = Lhůty
agreement_settings_payment_days = Lhůta k výplatě dotace od podpisu (dny)
agreement_settings_payment_days_hint = Použije se, když splátka nemá vlastní datum (1 až 90).
agreement_settings_return_days = Lhůta k vrácení nevyčerpané dotace po datu použití (dny)
agreement_settings_return_days_hint = Nejvýše 15 dní (polský zákon o veřejných financích, čl. 251 odst. 3).
agreement_settings_final_report_days = Lhůta k odevzdání závěrečné zprávy po skončení úkolu (dny)
agreement_settings_final_report_days_hint = Nejvýše 30 dní (polský zákon o veřejně prospěšné činnosti, čl. 18 odst. 1).
agreement_settings_document_languages = Jazyky dokumentů
agreement_settings_document_languages_hint = Smlouvy se vždy sepisují v polštině; zaškrtněte jazyky překladů, které se přidají.
agreement_language_en = angličtina
agreement_language_cs = čeština
agreement_language_uk = ukrajinština
agreement_settings_signatures_legend = Podpisy organizací
agreement_settings_trust_anchors_pem = Důvěryhodné certifikáty (PEM)
agreement_settings_trust_anchors_pem_hint = Vložte certifikáty autorit, jejichž podpisy město přijímá, každý od -----BEGIN CERTIFICATE----- do -----END CERTIFICATE-----.
agreement_settings_trusted_count = Uložené důvěryhodné certifikáty:
agreement_settings_allow_scans = Přijímat sken smlouvy podepsané vlastní rukou (potvrdí jej úředník)
agreements_title = Smlouvy
agreements_filter = Smlouvy podle stavu
agreements_none = Zatím žádné smlouvy.
agreements_link = Smlouvy
agreement_number = Číslo
agreement_grant = Výše dotace
agreement_paid = Dosud vyplaceno
agreement_title = Smlouva
agreement_terminated_because = Ukončena:
agreement_terms = Podmínky smlouvy
agreement_signatories = Kdo podepisuje
agreement_edit_draft = Úprava návrhu smlouvy
agreement_field_task_title = Název veřejné zakázky
agreement_field_starts_on = Zahájení realizace
agreement_field_ends_on = Ukončení realizace
agreement_field_use_by = Dotaci použít do
agreement_field_bank_account = Číslo bankovního účtu
agreement_field_shift_percent = Povolené navýšení položky (%)
agreement_versions = Smlouva a dodatky
agreement_annex_reason = Důvod dodatku
agreement_what_changed = Co se změnilo
agreement_change_field = Ustanovení
agreement_change_before = Dříve
agreement_change_after = Nyní
agreement_signatures = Podpisy
agreement_no_signatures = Zatím nepodepsáno.
agreement_download = Stáhnout PDF
agreement_mark_ready = Připravit k podpisu
agreement_sign = Podepsat za město
agreement_signed_copy = Smlouva podepsaná organizací (PDF)
agreement_signed_copy_hint = Stáhněte smlouvu, nechte ji elektronicky podepsat tolika zástupci, kolik vyžaduje způsob zastupování, a nahrajte podepsaný soubor.
agreement_upload = Nahrát podepsanou smlouvu
agreement_scan = Sken smlouvy podepsané vlastní rukou (PDF)
agreement_scan_signers = Kdo podepsal za organizaci (jedna osoba na řádek)
agreement_confirm_scan = Potvrdit podepsaný sken
agreement_tranches = Splátky
agreement_due_on = Splatnost
agreement_amount = Částka
agreement_payments = Převody
agreement_paid_on = Datum převodu
agreement_note = Poznámka
agreement_no_payments = Zatím nebyl zaznamenán žádný převod.
agreement_record_payment = Zaznamenat převod
agreement_cost_lines = Rozpočet nákladů
agreement_annex_hint = Chcete-li smlouvu změnit, zadejte nové částky nebo nové datum ukončení, uveďte důvod a připravte dodatek; podepisuje se jako smlouva.
agreement_cost_name = Náklad
agreement_new_value = Nová částka
agreement_start_annex = Připravit dodatek
agreement_terminate = Ukončit smlouvu
agreement_terminate_reason = Důvod ukončení
agreement_uploaded = Podepsaná smlouva byla přijata a podpisy ověřeny.
agreement_scan_upload = Nebo sken smlouvy podepsané vlastní rukou (PDF)
agreement_scan_upload_hint = Vytiskněte smlouvu, nechte ji vlastní rukou podepsat tolika zástupci, kolik vyžaduje způsob zastupování, a naskenujte ji do jednoho souboru PDF. Úředník sken potvrdí.
agreement_scan_send = Odeslat sken
agreement_scan_uploaded = Sken smlouvy byl přijat; čeká na potvrzení úředníkem.
agreement_scan_waiting = Sken smlouvy podepsané vlastní rukou čeká na potvrzení úředníkem. Nahráno:
agreement_scan_download = Stáhnout nahraný sken
agreement_confirm_uploaded_scan = Potvrdit nahraný sken
agreement_open = Otevřít smlouvu
agreement_draw_up = Připravit smlouvu
agreement_state_draft = návrh
agreement_state_ready = k podpisu
agreement_state_signed = podepsána městem
agreement_state_realisation = v realizaci
agreement_state_reporting = čeká na zprávu
agreement_state_settled = vypořádána
agreement_state_terminated = ukončena
agreement_party_town = Město
agreement_party_organisation = Organizace
agreement_party_partner = Partner
agreement_method_pades = elektronický podpis
agreement_method_recorded = zaznamenáno úředníkem
agreement_method_scan = podepsaný sken
agreement_version_original = Smlouva
agreement_version_annex = Dodatek
agreement_version_state_draft = návrh
agreement_version_state_ready = k podpisu
agreement_version_state_signed = podepsáno
agreement_dates = Doba realizace
agreement_use_by = Dotaci použít do
agreement_return_by = Nevyčerpanou dotaci vrátit do
agreement_final_report_by = Závěrečná zpráva do
agreement_own_financial = Vlastní finanční podíl
agreement_own_non_financial = Vlastní nefinanční podíl
agreement_bank_account = Bankovní účet
agreement_shift = Povolený přesun
agreement_field_town_signatory_name = Za město podepisuje: jméno a příjmení
agreement_field_town_signatory_function = Za město podepisuje: funkce

# --- reports ---
rule-report_not_editable = Zpráva byla podána a již ji nelze měnit.
rule-report_not_due = Smlouva nevyžaduje zprávu tohoto druhu za toto období.
rule-report_grant_parts_sum = Části položek hrazené z dotace musí v součtu odpovídat čerpané dotaci: { $grant }.
rule-grant_used_above_paid = Čerpaná dotace nesmí převýšit převedenou dotaci: { $paid }.
rule-document_grant_above_amount = Část hrazená z dotace nesmí převýšit částku dokladu, tj. { $amount }.
rule-documents_grant_sum = Části dokladů hrazené z dotace musí v součtu odpovídat čerpané dotaci: { $grant }.
# --- settlement ---
rule-interest_rate_day_not_after = Nová sazba musí platit ode dne pozdějšího než { $last }.
rule-interest_rate_below_minimum = Sazba úroku z prodlení není nikdy nižší než 8 % ročně (čl. 56 § 1a polského daňového řádu).
rule-returns_unpaid = Smlouvu lze vypořádat až po zaplacení vratek a úroků: zbývá { $left }.
rule-no_returns_due = Nebyla stanovena žádná vratka dotace: není co platit.
settlement_settings_title = Nastavení vyúčtování dotací
settlement_settings_saved = Nastavení vyúčtování bylo uloženo.
settlement_settings_intro = Tato čísla používá vyúčtování dotací: lhůty vratek, úroky a zprávy. U každého pole je uveden právní základ.
settlement_settings_returns_legend = Vratky a úroky
settlement_settings_reports_legend = Zprávy a kontrola
settlement_settings_rates_legend = Sazby úroků z prodlení
settlement_settings_days_after_finding = Dny na vrácení po zjištění
settlement_settings_days_after_finding_hint = Dotace použitá v rozporu s účelem, neoprávněná nebo čerpaná v nadměrné výši (čl. 252 odst. 1 polského zákona o veřejných financích: 15 dní).
settlement_settings_written_call_days = Dny na podání zprávy po písemné výzvě
settlement_settings_written_call_days_hint = Po jejich uplynutí se chybějící zpráva považuje za použití dotace v rozporu s účelem (vzorová smlouva, § 9: 7 dní).
settlement_settings_interest_floor = Práh úroků (PLN)
settlement_settings_interest_floor_hint = Úrok se neúčtuje, nepřesáhne-li trojnásobek poplatku za doporučený dopis (čl. 54 § 1 bod 5 polského daňového řádu: 26,10 PLN).
settlement_settings_keep_grant_share = Zachování podílu dotace na nákladech
settlement_settings_keep_grant_share_hint = Dotace nad deklarovaný podíl na skutečných nákladech se vrací jako čerpaná v nadměrné výši (vzorová smlouva, § 4).
settlement_settings_partial_call_days = Dny na dílčí zprávu po výzvě
settlement_settings_partial_call_days_hint = Nejméně 30 dní od doručení výzvy (čl. 18 odst. 3 polského zákona o veřejně prospěšné činnosti).
settlement_settings_correction_days = Dny na opravu zprávy
settlement_settings_correction_days_hint = Kolik dní má organizace na opravy, o které úředník požádá (volba obce: 7).
settlement_settings_control_days = Dny na splnění doporučení z kontroly
settlement_settings_control_days_hint = Lhůta pro splnění doporučení po kontrole (čl. 17 zákona; vzorová smlouva: 14 dní).
settlement_settings_documents_list = Zprávy obsahují soupis finančních dokladů
settlement_settings_documents_list_hint = Vzor zprávy z roku 2018 soupis faktur nemá; obec o něj může požádat.
settlement_settings_table_caption = Roční sazby platné od uvedeného dne
settlement_settings_rate_from = Ode dne
settlement_settings_rate = Roční sazba
settlement_settings_rate_source = Zdroj
settlement_settings_rate_shipped = Granty (ověřeno)
settlement_settings_rate_town = Přidáno obcí
settlement_settings_rates = Sazby přidané obcí
settlement_settings_rates_hint = Jedna sazba na řádek: den a roční sazba v procentech, např. 2026-01-08 10,5. Jen po posledním dni tabulky; nikdy pod 8 % (čl. 56 § 1a polského daňového řádu).
settlement_title = Vyúčtování dotace
settlement_link = Vyúčtování a vratky
settlement_back = Zpět na smlouvu
settlement_figures = Částky vyúčtování
settlement_no_report = Vyúčtování se zobrazí po podání závěrečné zprávy.
settlement_amount = Částka
settlement_explanation = Vysvětlení
settlement_basis = Základ
settlement_flags = Upozornění k vyúčtování
settlement_lines = Plánované a skutečné náklady
settlement_line = Položka
settlement_planned = Plánováno
settlement_actual = Skutečnost
settlement_allowed = Povolený posun do
settlement_excess = Nadměrná dotace
settlement_chart_title = Graf: plánované a skutečné náklady podle položek s povoleným posunem
settlement_chart_legend_allowed = značka: povolený posun
settlement_returns = Vratky
settlement_no_returns = Nebyly stanoveny žádné vratky.
settlement_kind = Druh
settlement_due_on = Splatnost
settlement_interest_from = Úroky od
settlement_outstanding = Zbývá
settlement_interest = Úroky
settlement_interest_periods = Období úroků
settlement_period = Období
settlement_days = Dny
settlement_rate = Sazba
settlement_principal = Jistina
settlement_interest_below_floor = Úroky nepřesahují práh: neúčtují se.
settlement_payments = Platby vratek
settlement_no_payments = Nebyly zaznamenány žádné platby.
settlement_paid_on = Datum platby
settlement_note = Poznámka
settlement_totals = Souhrn vratek
settlement_to_return = K vrácení
settlement_paid = Zaplaceno
settlement_interest_charged = Účtované úroky
settlement_interest_paid = Zaplacené úroky
settlement_left_to_pay = Zbývá zaplatit
settlement_as_of = Stav k
settlement_record_payment = Zaznamenat platbu vratky
settlement_field_amount = Částka
settlement_field_paid_on = Datum platby (RRRR-MM-DD)
settlement_field_note = Poznámka (nepovinné)
settlement_payment_recorded = Platba byla zaznamenána.
settlement_settled = Smlouva je vypořádána.
settlement_figure_granted = Přiznaná dotace
settlement_figure_paid = Vyplacená dotace
settlement_figure_declared_used = Dotace vykázaná jako použitá
settlement_figure_used = Použitá dotace
settlement_figure_shift_excess = Přebytek z posunů mezi položkami
settlement_figure_share_excess = Přebytek nad podíl dotace
settlement_figure_excessive = Dotace čerpaná v nadměrné výši
settlement_figure_unused = Nevyužitá dotace
settlement_figure_other_income = Jiné příjmy z dotace (např. bankovní úroky)
settlement_figure_to_return = Celkem k vrácení
settlement-kind-unused = nevyužitá dotace
settlement-kind-other_income = jiné příjmy a bankovní úroky
settlement-kind-misused = dotace použitá v rozporu s účelem
settlement-kind-undue = neoprávněná dotace
settlement-kind-excessive = dotace čerpaná v nadměrné výši
settlement-rule-granted = Dotace, kterou smlouva přiznává.
settlement-rule-paid = Součet převodů dotace organizaci.
settlement-rule-declared_used = Dotace, kterou zpráva vykazuje jako utracenou.
settlement-rule-used = Použitá dotace: dle zprávy, nikdy víc, než bylo vyplaceno.
settlement-rule-line_shift = Položka nákladů vzrostla nad povolený posun: přebytek je dotace čerpaná v nadměrné výši.
settlement-rule-grant_share = Dotace nad plánovaný podíl na skutečných nákladech je nadměrná.
settlement-rule-excessive = Nadměrná dotace: přebytek z posunů a nad podíl dotace.
settlement-rule-unused = Dotace vyplacená a nevyužitá.
settlement-rule-other_income = Bankovní úroky a jiné příjmy z dotace.
settlement-rule-to_return = Vše k vrácení: nevyužité, nadměrné a jiné příjmy.
settlement-rule-unused_after_use_by = Nevyužitá dotace se vrací ve lhůtě dní ze smlouvy po dni použití.
settlement-rule-unused_at_year_end = Dotace nevyužitá do konce rozpočtového roku se vrací do 31. ledna následujícího roku.
settlement-rule-after_finding = Vrácení ve lhůtě dní od zjištění.
settlement-rule-after_use_by = Je-li lhůta použití kratší než rozpočtový rok: vrácení ve lhůtě dní po dni použití.
settlement-rule-misused_from_transfer = Částka použitá v rozporu s účelem, přiřazená k převodu; úroky ode dne převodu.
settlement-rule-missing_report = Chybějící zpráva po písemné výzvě: celá vyplacená dotace je použita v rozporu s účelem.
settlement-basis-agreement = smlouva o realizaci veřejného úkolu
settlement-basis-art18_report = čl. 18 polského zákona o veřejně prospěšné činnosti a vzor zprávy (Dz.U. 2018 pol. 2057)
settlement-basis-ufp251_1 = čl. 251 odst. 1 polského zákona o veřejných financích
settlement-basis-ufp251_3 = čl. 251 odst. 3 polského zákona o veřejných financích
settlement-basis-ufp251_5 = čl. 251 odst. 5 polského zákona o veřejných financích
settlement-basis-ufp252_1 = čl. 252 odst. 1 polského zákona o veřejných financích
settlement-basis-ufp252_2 = čl. 252 odst. 2 polského zákona o veřejných financích
settlement-basis-ufp252_3 = čl. 252 odst. 3 polského zákona o veřejných financích
settlement-basis-ufp252_5_1 = čl. 252 odst. 5 bod 1 polského zákona o veřejných financích
settlement-basis-ufp252_5_2 = čl. 252 odst. 5 bod 2 polského zákona o veřejných financích
settlement-basis-model_agreement_shift = vzorová smlouva: povolené posuny mezi položkami nákladů
settlement-basis-model_agreement_share = vzorová smlouva: zachování podílu dotace na nákladech
settlement-basis-model_agreement_reports = vzorová smlouva, § 9: zprávy
settlement-basis-model_agreement_other_income = vzorová smlouva: vrácení bankovních úroků a jiných příjmů
settlement-basis-kc115 = čl. 115 polského občanského zákoníku: lhůta ve dni volna se posouvá na další pracovní den
settlement-flag-planned_costs_differ_from_sources = Plánované náklady smlouvy se liší od plánovaných zdrojů.
settlement-flag-costs_differ_from_sources = Skutečné náklady ve zprávě se liší od skutečných zdrojů.
settlement-flag-grant_parts_differ_from_grant = Podíly dotace v položkách nedávají dohromady vykázanou dotaci.
settlement-flag-grant_part_above_line = Podíl dotace je větší než položka nákladů.
settlement-flag-negative_amount = Částka pod nulou.
settlement-flag-paid_above_granted = Vyplaceno více, než smlouva přiznává.
settlement-flag-used_above_paid = Zpráva vykazuje více použité dotace, než bylo vyplaceno; počítá se vyplacená částka.
settlement-flag-grant_part_missing = Položka nemá podíl dotace: posun se měří na celé položce.
settlement-flag-line_above_shift = Položka vzrostla nad povolený posun.
settlement-flag-shift_allowed_by_annex = Položka vzrostla nad posun, ale dodatek to povolil.
settlement-flag-grant_share_exceeded = Dotace přesahuje plánovaný podíl na skutečných nákladech.
settlement-flag-other_income_to_return = Bankovní úroky a jiné příjmy z dotace se vracejí.
settlement-input-actual = skutečnost
settlement-input-actual_costs = skutečné náklady
settlement-input-allowed = povoleno
settlement-input-allowed_grant = povolená dotace
settlement-input-amount = částka
settlement-input-call_deadline = lhůta z výzvy
settlement-input-call_delivered_on = doručení výzvy
settlement-input-costs = náklady
settlement-input-days = dny
settlement-input-declared = vykázáno
settlement-input-due_on = splatnost
settlement-input-eligible_costs = způsobilé náklady
settlement-input-ends_on = konec úkolu
settlement-input-excess = přebytek
settlement-input-found_on = den zjištění
settlement-input-grant = dotace
settlement-input-grant_after_shift = dotace po posunech
settlement-input-granted = přiznáno
settlement-input-lines_excess = přebytek v položkách
settlement-input-misused_total = celkem použito v rozporu s účelem
settlement-input-other_income = jiné příjmy
settlement-input-over = nad povolený rámec
settlement-input-paid = vyplaceno
settlement-input-parts = části
settlement-input-planned = plánováno
settlement-input-planned_costs = plánované náklady
settlement-input-planned_grant = plánovaná dotace
settlement-input-return_days = dny na vrácení
settlement-input-shift = povolený posun
settlement-input-sources = zdroje
settlement-input-transfer = převod
settlement-input-transfer_amount = částka převodu
settlement-input-transfer_on = den převodu
settlement-input-use_by = lhůta použití
settlement-input-used = použito
settlement-input-shift_excess = přebytek z posunů
settlement-input-share_excess = přebytek nad podíl
settlement-input-unused = nevyužito
settlement-input-excessive = nadměrná
settlement_field_state = Stav smlouvy
settlement_field_currency = Měna
# --- reports ---
# --- controls-docs ---
email-control-recorded-subject = Kontrola realizace úkolu (smlouva { $agreement_number })
email-control-recorded-text = Dne { $held_on } proběhla kontrola realizace úkolu „{ $task_title }“ (smlouva { $agreement_number }). Zjištění a doporučení najdete na stránce smlouvy.
email-control-recorded-due = Doporučení z kontroly je třeba splnit do { $due }.
email-control-due-subject = Na splnění doporučení z kontroly zbývá { $when }: { $task_title }
email-control-due-text = Doporučení z kontroly úkolu „{ $task_title }“ (smlouva { $agreement_number }) je třeba splnit do { $due }.
control_heading = Kontroly a uchovávání dokumentů
control_retention = Dokumentace úkolu se uchovává do
control_held_on = Den kontroly
control_scope = Rozsah kontroly
control_findings = Zjištění
control_recommendations = Doporučení z kontroly
control_due = Doporučení splnit do
control_done_on = Doporučení splněna
control_not_done = zatím ne
control_mark_done = Označit doporučení jako splněná
control_none = Zatím neproběhla žádná kontrola.
control_record = Zaznamenat kontrolu
control_hint = Organizace dostane zprávu. Doporučení je třeba splnit ve lhůtě počítané ode dne kontroly (vzorová smlouva: 14 dní).
report_kind_partial = Průběžná zpráva
report_kind_called = Průběžná zpráva na výzvu
report_kind_final = Závěrečná zpráva
report_state_draft = rozpracovaná
report_state_submitted = podaná
report_state_corrections = k opravě
report_state_accepted = přijatá
report_state_rejected = zamítnutá
report_editor_title = Zpráva
report_period = Období
report_due_on = Termín podání
report_results_heading = Dosažené výsledky
report_results_description = Do jaké míry byl splněn cíl úkolu, jak se výsledky měřily a které z nich jsou trvalé
report_result_name = Plánovaný výsledek
report_planned_value = Plánovaná hodnota
report_achieved_value = Dosažená hodnota
report_result_source = Kde to lze ověřit
report_actions_heading = Provedené činnosti
report_action_description = Co bylo provedeno
report_action_deviations = Odchylky od smlouvy a jejich důvody (rozsah, harmonogram)
report_costs_heading = Výdaje podle položek rozpočtu
report_line_number = Č.
report_line_name = Náklad
report_line_planned = Podle smlouvy
report_line_year = Skutečně
report_line_actual = Skutečně celkem
report_line_difference = Rozdíl
report_line_grant = Hrazeno z dotace
report_total = Celkem
report_sources_heading = Zdroje financování
report_source = Zdroj
report_source_planned = Podle smlouvy
report_source_planned_share = Podíl podle smlouvy
report_source_actual = Skutečně
report_source_actual_share = Skutečný podíl
report_source_grant = Dotace
report_source_own_financial = Vlastní finanční vklad
report_source_own_non_financial = Vlastní nefinanční vklad
report_source_own_personal = z toho osobní (práce dobrovolníků a členů)
report_source_own_in_kind = z toho věcný
report_source_participant_fees = Poplatky od účastníků
report_source_other_public_funds = Jiné veřejné prostředky
report_grant_paid = Převedená dotace
report_other_income_heading = Jiné příjmy
report_bank_interest = Bankovní úroky z dotace
report_other_income = Jiné příjmy
report_other_income_description = O jaké jiné příjmy šlo
report_contribution_heading = Osobní a věcný vklad, doplňující informace
report_contribution_description = Osobní a věcný vklad: kdo pracoval, co bylo poskytnuto
report_additional_information = Doplňující informace
report_documents_heading = Účetní doklady
report_documents_required = Úřad požaduje soupis účetních dokladů: jejich části hrazené z dotace musí dát čerpanou dotaci.
report_documents_optional = Nepovinné: lze uvést účetní doklady, na nichž výdaje stojí.
report_document_number = Číslo dokladu
report_document_date = Datum
report_document_issuer = Vystavil
report_document_cost_line = Položka rozpočtu (pořadí)
report_document_amount = Částka
report_document_grant_part = Hrazeno z dotace
report_add_document = Uložit a přidat doklad
report_declarations_heading = Prohlášení
report_declaration_status_unchanged = Právní postavení organizace se od uzavření smlouvy nezměnilo.
report_declaration_information_true = Všechny údaje ve zprávě jsou pravdivé.
report_declaration_gdpr_statements_obtained = Osoby, jejichž údaje zpráva obsahuje, byly informovány (čl. 13 a 14 GDPR).
report_review_button = Uložit a zkontrolovat
report_version = Verze
report_problems_before_submit = Než bude možné zprávu podat
report_ready_to_submit = Zpráva je úplná a lze ji podat.
report_edit_link = Upravit zprávu
report_submit = Podat zprávu
report_submitted_notice = Zpráva byla podána. Úřad ji zkontroluje.
report_not_opened = Zprávu se nepodařilo otevřít
report_back_to_agreement = Zpět ke smlouvě
agreement_reports_heading = Zprávy
agreement_report_start = Začít zprávu
agreement_report_open = Otevřít
agreement_report_not_started = nezahájená
agreement_report_state = Stav
# --- leftovers12 ---
agreement_done_saved = Podmínky návrhu smlouvy byly uloženy.
agreement_done_ready = Smlouva je připravena k podpisu: PDF bylo vytvořeno a organizace vyrozuměna.
agreement_done_signed = Smlouva byla podepsána za obec; čeká se na podpisy ostatních stran.
agreement_done_paid = Platba byla zaznamenána.
agreement_done_annex = Dodatek byl založen: zkontrolujte změny a předejte jej k podpisu.
agreement_done_terminated = Smlouva byla ukončena.
agreement_done_scan = Podepsaný sken smlouvy byl potvrzen.

# --- merge: confirmations of the control steps ---
agreement_done_control = Kontrola je zaznamenána; organizace byla informována.
agreement_done_control_done = Doporučení z kontroly jsou označena jako splněná.

# --- reports-clerk ---
rule-report_not_submitted = Posoudit lze jen podanou zprávu; o této už bylo rozhodnuto, nebo nebyla podána.
rule-partial_call_too_short = Dílčí zpráva smí být splatná nejdříve { $days } dní po doručení výzvy (čl. 18 odst. 3 polského zákona o veřejně prospěšné činnosti).
rule-report_not_overdue = Písemná výzva se týká jen závěrečné zprávy, jejíž lhůta uplynula a která nebyla podána.
email-report-reviewed-subject-accepted = Vaše zpráva byla přijata (smlouva { $agreement_number })
email-report-reviewed-subject-corrections = Vaše zpráva vyžaduje opravy (smlouva { $agreement_number })
email-report-reviewed-subject-rejected = Vaše zpráva byla zamítnuta (smlouva { $agreement_number })
email-report-reviewed-accepted = Úřad přijal zprávu o úkolu „{ $task_title }“ (smlouva { $agreement_number }).
email-report-reviewed-corrections = Úřad žádá o opravy zprávy o úkolu „{ $task_title }“ (smlouva { $agreement_number }):
email-report-reviewed-rejected = Úřad zamítl zprávu o úkolu „{ $task_title }“ (smlouva { $agreement_number }).
email-report-reviewed-reason = Odůvodnění:
email-report-reviewed-correct-by = Opravenou zprávu podejte v Granty do { $due }.
email-report-called-subject-partial = Výzva k podání dílčí zprávy (smlouva { $agreement_number })
email-report-called-subject-final = Písemná výzva k podání závěrečné zprávy (smlouva { $agreement_number })
email-report-called-partial = Úřad vyzývá k podání dílčí zprávy o úkolu „{ $task_title }“ (smlouva { $agreement_number }) do { $due }.
email-report-called-final = Lhůta závěrečné zprávy o úkolu „{ $task_title }“ (smlouva { $agreement_number }) uplynula. Podejte ji do { $due }; jinak bude dotace považována za použitou v rozporu s účelem a bude vrácena.

# --- clerk-reports ---
clerk_reports_link = Zprávy
clerk_reports_title = Zprávy ke kontrole
clerk_reports_filter = Filtrovat zprávy podle stavu
clerk_reports_call = Výzva
clerk_reports_filter_button = Zobrazit
clerk_reports_kind = Druh
clerk_reports_none = Žádné zprávy neodpovídají.
clerk_reports_state_overdue = po termínu, nepodaná
report_review_title = Kontrola zprávy
review_open = Otevřít kontrolu
review_versions_heading = Verze
review_submitted_at = Podáno
review_decision_column = Rozhodnutí
review_reviewed_at = Rozhodnuto
review_preview_heading = Vyúčtování po přijetí
review_preview_hint = Co by dnešní přijetí této zprávy rozhodlo: každá částka s vysvětlením, uplatněná pravidla, částky k vrácení a jejich lhůty.
review_preview_decided = Vyúčtování stanovené při přijetí zprávy.
review_returns_preview = Částky k vrácení
review_settlement_link = Otevřít vyúčtování
review_comment_label = Připomínka pro organizaci
review_comment_column = Připomínka úřadu
review_decision_heading = Rozhodnutí
review_decision_hint = Chcete-li žádat opravu, napište připomínku ke každé části, kterou má organizace opravit. Při zamítnutí uveďte důvod.
review_field_decision = Rozhodnutí
review_field_comments = Připomínky
review_field_reason = Důvod zamítnutí
review_reason_hint = Povinné jen při zamítnutí zprávy.
review_decision_accept = Přijmout zprávu
review_decision_corrections = Požádat o opravu
review_decision_reject = Zamítnout zprávu
review_submit = Zaznamenat rozhodnutí
review_done_accepted = Zpráva byla přijata; organizace byla informována.
review_done_corrections = Byla vyžádána oprava; organizace ví, co opravit.
review_done_rejected = Zpráva byla zamítnuta; organizace zná důvod.
report_clerk_comment = Připomínka úřadu
report_corrections_heading = Úřad žádá opravu
report_corrections_due = Oprava do
report_rejected_heading = Úřad zprávu zamítl
agreement_calls_heading = Výzvy k podání zpráv
agreement_call_partial = Vyzvat k dílčí zprávě
agreement_call_partial_hint = Zpráva je splatná nejméně tolik dní po doručení výzvy:
agreement_call_earliest_due = při doručení dnes nejdříve
agreement_call_delivered_on = Výzva doručena dne
agreement_call_due_on = Zpráva splatná dne
agreement_written_call = Odeslat písemnou výzvu k závěrečné zprávě
agreement_written_call_hint = Závěrečná zpráva je po termínu. Organizace dostane na její podání dní:
agreement_written_call_sent = Písemná výzva odeslána; závěrečná zpráva je splatná do
agreement_done_called = Byla podána výzva k dílčí zprávě; organizace byla informována.
agreement_done_written_call = Písemná výzva byla odeslána; organizace byla informována.
# --- seed-track ---
track_record_agreement = Smlouva, zprávy a vratky
track_record_attention = vyžaduje pozornost
track_record_settlement_hint = Zprávy a vratky jsou posouzeny k dnešku: zpráva podaná včas, pozdě nebo nepodaná po lhůtě; vratka zaplacená včas, pozdě s úroky, nebo nezaplacená po lhůtě.
track-misuse = Byla rozhodnuta vratka dotace použité v rozporu s účelem (čl. 252 polského zákona o veřejných financích).
track-report-on_time = { $kind } se lhůtou { $due }: podána včas, { $filed }.
track-report-late = { $kind } se lhůtou { $due }: podána { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
} po lhůtě, { $filed }.
track-report-not_filed = { $kind } se lhůtou { $due }: nepodána, { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
} po lhůtě.
track-report-corrections_overdue = { $kind } se lhůtou { $due }: vrácena k opravě a neopravena, { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
} po lhůtě pro opravy.
track-report-not_due_yet = { $kind } se lhůtou { $due }: lhůta ještě neuplynula.
track-report-corrections = Výzvy k opravě: { $count }.
track-return-paid_on_time = Vratka { $amount } ({ $kind }) se lhůtou { $due }: zaplacena včas, { $paid }.
track-return-paid_late = Vratka { $amount } ({ $kind }) se lhůtou { $due }: zaplacena { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
} po lhůtě, { $paid }; úroky { $interest }.
track-return-unpaid = Vratka { $amount } ({ $kind }) se lhůtou { $due }: { $outstanding } nezaplaceno { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
} po lhůtě; úroky běží.
track-return-not_due_yet = Vratka { $amount } ({ $kind }) se lhůtou { $due }: lhůta ještě neuplynula.
duties_heading = Vaše povinnosti ze smluv
duties_none = Nejsou splatné žádné zprávy, opravy, vratky ani doporučení.
duty_overdue = Po lhůtě
duty_upcoming = Lhůta
duty_link_report = Otevřít zprávu
duty_link_start_report = Zahájit zprávu na stránce smlouvy
duty_link_settlement = Zobrazit vyúčtování a způsob platby
duty_link_control = Zobrazit kontrolu
duty_interest_running = Lhůta uplynula: úroky běží až do dne platby.
duty-file_report = Podejte: { $kind } za období { $from } – { $to }.
duty-correct_report = Opravte: { $kind } podle pokynů úřadu a podejte znovu.
duty-pay_return = Vraťte { $amount } ({ $kind }).
duty-recommendations = Splňte doporučení z kontroly ze dne { $held }.
# --- report-reminders ---
settlement_settings_overdue_every_days = Po kolika dnech připomínat zpožděnou zprávu nebo vratku
settlement_settings_overdue_every_days_hint = Ode dne po lhůtě dostává organizace připomínku vždy po tolika dnech, dokud zprávu nepodá nebo prostředky nevrátí (výchozí 7: každý týden).
settlement_misuse_title = Chybí závěrečná zpráva
settlement_misuse_call_ended = Lhůta z písemné výzvy uplynula
settlement_misuse_call_runs = Závěrečnou zprávu lze ještě podat ve lhůtě z písemné výzvy, do
settlement_misuse_hint = Bez závěrečné zprávy se celá vyplacená dotace považuje za použitou v rozporu s účelem (§ 9 vzorové smlouvy; čl. 252 polského zákona o veřejných financích): vrací se ve lhůtě počítané od dneška, s úroky ode dne každé platby. Organizace pak už závěrečnou zprávu podat nemůže.
settlement_misuse_button = Uznat dotaci za použitou v rozporu s účelem
settlement_misuse_recorded = Dotace byla uznána za použitou v rozporu s účelem dne
settlement_misuse_done = Dotace byla uznána za použitou v rozporu s účelem; vratky jsou níže a organizace byla vyrozuměna.
settlement_field_report = Závěrečná zpráva
rule-no_written_call = Dotaci lze uznat za použitou v rozporu s účelem až po písemné výzvě k podání chybějící závěrečné zprávy.
rule-written_call_running = Lhůta z písemné výzvy běží do { $last_day }: závěrečná zpráva ještě může přijít.
rule-final_report_arrived = Závěrečná zpráva byla podána: dotace se vypořádá podle ní, ne jako použitá v rozporu s účelem.
rule-misuse_recorded = Po písemné výzvě byla dotace uznána za použitou v rozporu s účelem: závěrečnou zprávu už nelze podat.
email-report-kind = { $report_kind ->
        [final] Závěrečnou zprávu
        [called] Průběžnou zprávu, kterou si úřad vyžádal,
       *[other] Průběžnou zprávu
    }
email-report-due-subject = Na podání zprávy zbývá { $when }: { $task_title }
email-report-due-text = { $kind } o realizaci „{ $task_title }“ (smlouva { $agreement_number }) za období { $period_from } – { $period_to } je třeba podat do { $due }.
email-report-overdue-subject = Lhůta pro podání zprávy uplynula: { $task_title }
email-report-overdue-text = { $kind } o realizaci „{ $task_title }“ (smlouva { $agreement_number }) za období { $period_from } – { $period_to } bylo třeba podat do { $due } a nebyla podána. Podejte ji v Granty: chybějící závěrečná zpráva po písemné výzvě úřadu znamená vrácení dotace.
email-report-correction-due-subject = Na opravu zprávy zbývá { $when }: { $task_title }
email-report-correction-due-text = { $kind } o realizaci „{ $task_title }“ (smlouva { $agreement_number }) za období { $period_from } – { $period_to } je třeba opravit podle požadavku úřadu. Opravenou zprávu podejte do { $due }.
email-return-due-subject = Na vrácení prostředků zbývá { $when } (smlouva { $agreement_number })
email-return-due-text = Vraťte { $amount } dotace na „{ $task_title }“ (smlouva { $agreement_number }) do { $due }. Z vrácení po lhůtě se počítají úroky jako z daňových nedoplatků.
email-return-overdue-subject = Lhůta pro vrácení prostředků uplynula (smlouva { $agreement_number })
email-return-overdue-text = Lhůta pro vrácení dotace na „{ $task_title }“ (smlouva { $agreement_number }) uplynula { $due }. Zbývá zaplatit: { $amount } dotace a { $interest } úroků jako z daňových nedoplatků (ke dnešku; úroky běží do dne platby).
email-misuse-subject = Dotace k vrácení jako použitá v rozporu s účelem (smlouva { $agreement_number })
email-misuse-text = Závěrečná zpráva o realizaci „{ $task_title }“ (smlouva { $agreement_number }) nepřišla ve lhůtě z písemné výzvy úřadu. Vyplacená dotace, { $amount }, se proto považuje za použitou v rozporu s účelem (čl. 252 polského zákona o veřejných financích): vraťte ji do { $due } s úroky jako z daňových nedoplatků ode dne každé platby.
# --- settlement-pdf ---
settlement_pdf_download = Vyúčtování dotace (PDF)
report_pdf_download = Zpráva v podané podobě (PDF)

## Referenční příručka JSON API (/api/docs).
api_docs_title = Referenční příručka API
api_docs_intro = JSON API Granty umožňuje dalším systémům obce a integrátorům dělat totéž co stránky: číst výzvy, podávat a kontrolovat žádosti, hodnotit, přidělovat dotace, podepisovat smlouvy, podávat zprávy a vyúčtovat. Tato stránka uvádí každou operaci; strojově čitelný dokument níže je popisuje úplně.
api_docs_document = Dokument OpenAPI (JSON)
api_docs_base = Každá cesta níže začíná
api_docs_auth = Přihlaste se pomocí POST /sessions a posílejte vrácený token v hlavičce Authorization: Bearer <token>. Každá operace ověřuje vaši roli, obec a organizaci stejně jako stránky.
api_docs_errors = Chyby přicházejí jako application/problem+json ve vašem jazyce: 400, 401, 403, 404, 409, 413, 415, 422 (s každým chybným polem), 429 (počkejte Retry-After sekund) a 503.
api_docs_contents = Skupiny operací
api_docs_public = Bez přihlášení.
api_docs_request = Tělo požadavku:

## Calendar feeds (issue 15): the subscription pages and the feed's events.
calendar_link = Odběr kalendáře
calendar_title = Odběr kalendáře
calendar_intro_organisation = Přihlaste se k odběru termínů své organizace v Kalendáři Google, Outlooku, Kalendáři Apple nebo Thunderbirdu: uzávěrky nabídek v otevřených výzvách, opravy vašich nabídek, podepsané smlouvy, zprávy, vratky prostředků a doporučení z kontroly. Kalendář se obnovuje sám; časy jsou v časovém pásmu obce.
calendar_intro_clerk = Přihlaste se k odběru svých termínů úředníka obce v Kalendáři Google, Outlooku, Kalendáři Apple nebo Thunderbirdu: formální kontroly, termíny hodnocení komise a zprávy čekající na kontrolu. Kalendář se obnovuje sám; časy jsou v časovém pásmu obce.
calendar_private = Adresa je soukromá: kdo ji zná, může tyto termíny číst bez přihlášení. Nesdílejte ji mimo organizaci. Granty uchovává jen její otisk, proto ji ukáže jen jednou, hned po vytvoření. Pokud adresa unikla nebo odešel někdo, kdo ji znal, vytvořte novou: stará okamžitě přestane fungovat.
calendar_status = Adresa
calendar_none = Adresa pro odběr zatím nebyla vytvořena.
calendar_created = Vytvořena
calendar_renewed = Naposledy obnovena
calendar_create = Vytvořit adresu pro odběr
calendar_rotate = Vytvořit novou adresu
calendar_rotate_confirm = Rozumím, že současná adresa okamžitě přestane fungovat: kalendáře, které ji odebírají, bude třeba znovu přihlásit novou adresou.
calendar_rotate_confirm_needed = Zaškrtněte políčko a potvrďte, že současná adresa přestane fungovat.
calendar_url_label = Vaše adresa pro odběr
calendar_url_hint = Označte adresu a zkopírujte ji do aplikace kalendáře. Zkopírujte ji hned: Granty ji ukáže jen tentokrát.
calendar_webcal = Otevřít v aplikaci kalendáře
calendar_created_notice = Adresa pro odběr je připravena.
calendar_rotated_notice = Nová adresa pro odběr je připravena. Předchozí už nefunguje.
calendar_how_title = Jak se přihlásit k odběru
calendar_how_google = Kalendář Google: Další kalendáře, +, Z adresy URL, pak vložte adresu.
calendar_how_outlook = Outlook: Přidat kalendář, Přihlásit se k odběru z webu, pak vložte adresu.
calendar_how_apple = Kalendář Apple: Soubor, Nový odběr kalendáře, pak vložte adresu.
calendar-name-organisation = Granty ({ $town }): { $owner }
calendar-name-clerk = Granty ({ $town }): úředník { $owner }
calendar-event-offers_deadline = Uzávěrka nabídek: { $call }
calendar-event-offers_deadline-text = Nabídky ve výzvě „{ $call }“ se přijímají do { $deadline }.
calendar-event-offers_deadline-draft = Váš koncept „{ $title }“ ještě nebyl podán.
calendar-event-correction_due = Termín oprav: { $title }
calendar-event-correction_due-text = Formální kontrola nabídky „{ $title }“ (výzva „{ $call }“) žádá opravy. Podejte opravenou nabídku do { $deadline }.
calendar-event-agreement_signed = Smlouva { $number } podepsána
calendar-event-agreement_signed-text = Smlouvu { $number } na projekt „{ $task }“ podepsaly všechny strany; poslední podpis: { $when }.
calendar-event-report_due = { $kind } – termín: { $task }
calendar-event-report_due-text = { $kind } o projektu „{ $task }“ (smlouva { $number }) za období { $from } – { $to } je třeba podat do { $deadline }.
calendar-event-report_correction_due = Termín oprav zprávy: { $task }
calendar-event-report_correction_due-text = Úřad požádal o opravy dokumentu: { $kind } o projektu „{ $task }“ (smlouva { $number }). Podejte opravenou zprávu do { $deadline }.
calendar-event-return_due = Termín vrácení prostředků (smlouva { $number })
calendar-event-return_due-text = Vraťte { $amount } ({ $kind }) dotace na projekt „{ $task }“ (smlouva { $number }) do { $deadline }. Z opožděné vratky se počítají úroky jako z daňových nedoplatků.
calendar-event-recommendations_due = Termín splnění doporučení z kontroly (smlouva { $number })
calendar-event-recommendations_due-text = Splňte doporučení kontroly ze dne { $held } (smlouva { $number }, „{ $task }“) do { $deadline }.
calendar-event-formal_check_due = Termín formální kontroly: { $call }
calendar-event-formal_check_due-text = Dokončete formální kontrolu nabídek ve výzvě „{ $call }“ do { $deadline }. { $pending ->
        [0] Teď na ni nečeká žádná nabídka.
        [one] Čeká na ni jedna nabídka.
        [few] Čekají na ni { $pending } nabídky.
       *[other] Čeká na ni { $pending } nabídek.
    }
calendar-event-scoring_deadline = Termín hodnocení komise: { $call }
calendar-event-scoring_deadline-text = Hodnoticí karty komise ve výzvě „{ $call }“ je třeba podat do { $deadline }.
calendar-event-report_awaiting_review = Zpráva ke kontrole (smlouva { $number })
calendar-event-report_awaiting_review-text = { $kind } o projektu „{ $task }“ (smlouva { $number }) byla podána { $when } a čeká na vaši kontrolu.
