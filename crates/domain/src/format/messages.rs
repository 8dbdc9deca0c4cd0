//! The text of every broken rule in Polish, English, Czech and Ukrainian.

use super::{date, money, percent};
use crate::language::Language;
use crate::violation::Rule;

/// Renders a rule as a sentence a person understands, in their language.
pub fn message(rule: &Rule, lang: Language) -> String {
    match lang {
        Language::En => english(rule, lang),
        Language::Pl => polish(rule, lang),
        Language::Cs => czech(rule, lang),
        Language::Uk => ukrainian(rule, lang),
    }
}

/// The grammatical number a count takes in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plural {
    /// 1 znak, 1 znak, 1 символ (Ukrainian also 21, 31, …).
    One,
    /// 2–4 znaki, 2–4 znaky, 2–4 символи (Polish and Ukrainian also 22–24, … but not 12–14).
    Few,
    /// 0, 5+ znaków, znaků, символів.
    Many,
}

fn plural_category(lang: Language, n: u64) -> Plural {
    let few_by_last_digit = (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100));
    match lang {
        Language::En if n == 1 => Plural::One,
        Language::En => Plural::Many,
        Language::Pl if n == 1 => Plural::One,
        Language::Pl if few_by_last_digit => Plural::Few,
        Language::Pl => Plural::Many,
        Language::Cs => match n {
            1 => Plural::One,
            2..=4 => Plural::Few,
            _ => Plural::Many,
        },
        Language::Uk if n % 10 == 1 && n % 100 != 11 => Plural::One,
        Language::Uk if few_by_last_digit => Plural::Few,
        Language::Uk => Plural::Many,
    }
}

/// `n` followed by the word form that agrees with it; `forms` are `[one, few, many]`.
pub fn count(lang: Language, n: u64, forms: [&str; 3]) -> String {
    let [one, few, many] = forms;
    let word = match plural_category(lang, n) {
        Plural::One => one,
        Plural::Few => few,
        Plural::Many => many,
    };
    format!("{n} {word}")
}

fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn english(rule: &Rule, lang: Language) -> String {
    match rule {
        Rule::Required => "This field is required.".into(),
        Rule::TooLong { max } => format!("Use at most {max} characters."),
        Rule::TooShort { min } => format!("Use at least {min} characters."),
        Rule::InvalidValue => "This value is not one of the allowed options.".into(),
        Rule::InvalidEmail => "Enter a valid email address, e.g. name@example.org.".into(),
        Rule::InvalidNumber => "Enter a number, e.g. 1234.56.".into(),
        Rule::TooManyDecimals { max } => format!("Use at most {max} decimal places."),
        Rule::MustBePositive => "The value must be greater than zero.".into(),
        Rule::MustNotBeNegative => "The value cannot be negative.".into(),
        Rule::AmountTooLarge => "The amount is too large.".into(),
        Rule::CurrencyMismatch { expected } => format!("Amounts must be in {expected}."),
        Rule::PercentOutOfRange => "A percentage must be between 0 and 100.".into(),
        Rule::EndBeforeStart => "The end date cannot be before the start date.".into(),
        Rule::TooManyItems { max } => format!("At most {max} items are allowed."),
        Rule::UnknownReference => "The referenced item does not exist.".into(),
        Rule::Duplicate => "This value is already used.".into(),
        Rule::PasswordsDiffer => "The passwords differ: type the same password twice.".into(),
        Rule::WholeNumberBetween { min, max } => format!("Enter a whole number from {min} to {max}."),
        Rule::LastMember => "An organisation needs at least one person: invite someone else before you leave.".into(),
        Rule::AlreadyMember => "This person is already a member of the organisation.".into(),
        Rule::AlreadyInvited => "This address has already been invited; the invitation is still pending.".into(),
        Rule::StaffAccount => "This address belongs to a municipality employee, who cannot join an organisation.".into(),
        Rule::NipLength => "A NIP has 10 digits.".into(),
        Rule::NipChecksum => "This NIP's check digit is wrong: check for a typo.".into(),
        Rule::RegonLength => "A REGON has 9 or 14 digits.".into(),
        Rule::RegonChecksum => "This REGON's check digit is wrong: check for a typo.".into(),
        Rule::KrsFormat => "A KRS number has up to 10 digits.".into(),
        Rule::IbanCountry => "Enter a Polish account number (PL and 26 digits).".into(),
        Rule::IbanLength => "A Polish account number has 26 digits after PL.".into(),
        Rule::IbanCharacters => "An account number contains only digits after PL.".into(),
        Rule::AllZeros => "A number made of zeros only is not valid.".into(),
        Rule::IbanChecksum => "This account number's check digits are wrong (mod-97): check for a typo.".into(),
        Rule::MinGrantAboveMaxGrant => "The minimum grant cannot exceed the maximum grant.".into(),
        Rule::MaxGrantAboveBudget { budget } => {
            format!("The maximum grant cannot exceed the call's budget of {}.", money(*budget, lang))
        }
        Rule::DeadlineNotAfterOpening => "The deadline must be after the opening.".into(),
        Rule::DeadlineInPast => "The deadline has already passed.".into(),
        Rule::DeadlineTooSoon { days, minimum } => format!(
            "The deadline is only {days} days after publication; the law asks for at least {minimum}. Confirm to publish anyway."
        ),
        Rule::RealisationStartsBeforeDeadline => {
            "The realisation window should not start before the submission deadline.".into()
        }
        Rule::NoCriteria => "Add at least one evaluation criterion.".into(),
        Rule::StatutoryCriterionMissing { point } => format!(
            "Criterion {point} of art. 15(1) of the public-benefit act cannot be removed: every call weighs it."
        ),
        Rule::OwnMeansCriterionOnlyForSupport => "Criterion 4 of art. 15(1) (own or other financial means) applies only to calls that support a task: remove it from a call that entrusts one.".into(),
        Rule::PublicationDateInFuture => "The day of publication cannot be in the future.".into(),
        Rule::DateOutsideWindow { from, to } => format!(
            "The date must be within the realisation window, {} to {}.",
            date(*from, lang),
            date(*to, lang)
        ),
        Rule::NoActions => "Add at least one action to the schedule.".into(),
        Rule::NoCostLines => "Add at least one cost line.".into(),
        Rule::UnknownAction { action_no } => format!("There is no action number {action_no} in the schedule."),
        Rule::ActionWithoutCosts => "This action has no cost lines.".into(),
        Rule::YearValuesCount { expected } => format!("Give the value for each of the task's {expected} years."),
        Rule::YearValuesSum { total } => {
            format!("The yearly values must add up to the line's value of {}.", money(*total, lang))
        }
        Rule::GrantPartAboveLine { line } => {
            format!("The part financed by the grant cannot exceed the line's value of {}.", money(*line, lang))
        }
        Rule::GrantPartsSum { grant } => format!(
            "The grant-financed parts of the lines must add up to the requested grant of {}.",
            money(*grant, lang)
        ),
        Rule::GrantPartsNotAllowed => "This call does not ask for the grant-financed part of each line.".into(),
        Rule::TotalsDiffer { costs, sources } => format!(
            "The sources of funding ({}) must equal the total costs ({}).",
            money(*sources, lang),
            money(*costs, lang)
        ),
        Rule::GrantBelowMinimum { minimum } => {
            format!("The requested grant is below the call's minimum of {}.", money(*minimum, lang))
        }
        Rule::GrantAboveMaximum { maximum } => {
            format!("The requested grant is above the call's maximum of {}.", money(*maximum, lang))
        }
        Rule::OwnContributionTooLow { required, actual } => format!(
            "The own contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::FinancialContributionTooLow { required, actual } => format!(
            "The own financial contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::NonFinancialContributionTooLow { required, actual } => format!(
            "The own non-financial contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::AdminCostsAboveCap { cap, actual } => format!(
            "Administrative costs are {} of the costs; the call allows at most {}.",
            percent(*actual, lang),
            percent(*cap, lang)
        ),
        Rule::AttachmentMissing { name } => format!("The required attachment \"{name}\" is missing."),
        Rule::DeclarationRequired => "This declaration must be made before submitting.".into(),
        Rule::PaidNotAllowedForSimpleAssociation => {
            "A simple association cannot carry out the task for payment.".into()
        }
        Rule::FeesWithoutPaidActivity => "Fees from participants can be charged only in paid activity, and the offer declares unpaid activity.".into(),
        Rule::FeesNotAllowedForSimpleAssociation => "A simple association cannot charge participants' fees: it runs no paid activity.".into(),
        Rule::OtherPublicFundsNotAllowed => "This town's form has no row for other public funds: enter such money as the financial own contribution (3.1).".into(),
        Rule::TaskTooLong { max_years } => format!(
            "The task cannot last longer than {}, the longest term of an agreement.",
            count(lang, u64::from(*max_years), ["year", "years", "years"])
        ),
        Rule::PartnerIsApplicant => "The applicant cannot also be its own partner.".into(),
        Rule::PartnerSharesAboveTotal { total } => format!("The partners' shares cannot exceed the total costs of {}.", money(*total, lang)),
        Rule::DeficienciesRequired => "List at least one deficiency to be corrected.".into(),
        Rule::ReasonRequired => "Give the reason for the decision.".into(),
        Rule::AcceptedWithUnmetCondition => "An offer that does not meet this condition cannot be accepted: ask for a correction or reject it.".into(),
        Rule::FileTooLarge { max_bytes } => format!("The file is too large; the limit is {} MB.", max_bytes / 1_000_000),
        Rule::FileTypeNotAllowed { allowed } => format!("This file type is not accepted; use {allowed}."),
        Rule::FileEmpty => "The file is empty.".into(),
    }
}

fn polish(rule: &Rule, lang: Language) -> String {
    let chars = |n: usize| count(lang, to_u64(n), ["znak", "znaki", "znaków"]);
    let days = |n: i64| count(lang, n.unsigned_abs(), ["dzień", "dni", "dni"]);
    match rule {
        Rule::Required => "To pole jest wymagane.".into(),
        Rule::TooLong { max } => format!("Wpisz najwyżej {}.", chars(*max)),
        Rule::TooShort { min } => format!("Wpisz co najmniej {}.", chars(*min)),
        Rule::InvalidValue => "Ta wartość nie należy do dozwolonych opcji.".into(),
        Rule::InvalidEmail => "Podaj poprawny adres e-mail, np. nazwa@przyklad.pl.".into(),
        Rule::InvalidNumber => "Wpisz liczbę, np. 1234,56.".into(),
        Rule::TooManyDecimals { max } => format!(
            "Podaj najwyżej {} po przecinku.",
            count(lang, u64::from(*max), ["miejsce", "miejsca", "miejsc"])
        ),
        Rule::MustBePositive => "Wartość musi być większa od zera.".into(),
        Rule::MustNotBeNegative => "Wartość nie może być ujemna.".into(),
        Rule::AmountTooLarge => "Kwota jest za duża.".into(),
        Rule::CurrencyMismatch { expected } => format!("Kwoty muszą być podane w walucie {expected}."),
        Rule::PercentOutOfRange => "Wartość procentowa musi mieścić się w przedziale od 0 do 100.".into(),
        Rule::EndBeforeStart => "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.".into(),
        Rule::TooManyItems { max } => format!(
            "Możesz dodać najwyżej {}.",
            count(lang, to_u64(*max), ["pozycję", "pozycje", "pozycji"])
        ),
        Rule::UnknownReference => "Wskazany element nie istnieje.".into(),
        Rule::Duplicate => "Ta wartość została już użyta.".into(),
        Rule::PasswordsDiffer => "Hasła się różnią: wpisz dwa razy to samo hasło.".into(),
        Rule::WholeNumberBetween { min, max } => format!("Wpisz liczbę całkowitą od {min} do {max}."),
        Rule::LastMember => "Organizacja musi mieć co najmniej jedną osobę: zanim odejdziesz, zaproś kogoś na swoje miejsce.".into(),
        Rule::AlreadyMember => "Ta osoba już należy do organizacji.".into(),
        Rule::AlreadyInvited => "Ten adres został już zaproszony; zaproszenie czeka na przyjęcie.".into(),
        Rule::StaffAccount => "Ten adres należy do pracownika urzędu, który nie może dołączyć do organizacji.".into(),
        Rule::NipLength => "NIP składa się z 10 cyfr.".into(),
        Rule::NipChecksum => "Cyfra kontrolna numeru NIP się nie zgadza – sprawdź, czy nie ma literówki.".into(),
        Rule::RegonLength => "REGON składa się z 9 lub 14 cyfr.".into(),
        Rule::RegonChecksum => {
            "Cyfra kontrolna numeru REGON się nie zgadza – sprawdź, czy nie ma literówki.".into()
        }
        Rule::KrsFormat => "Numer KRS ma najwyżej 10 cyfr.".into(),
        Rule::IbanCountry => "Podaj polski numer rachunku bankowego (PL i 26 cyfr).".into(),
        Rule::IbanLength => "Polski numer rachunku bankowego ma 26 cyfr po PL.".into(),
        Rule::IbanCharacters => "Numer rachunku bankowego może zawierać po PL tylko cyfry.".into(),
        Rule::AllZeros => "Numer złożony z samych zer jest nieprawidłowy.".into(),
        Rule::IbanChecksum => "Cyfry kontrolne numeru rachunku bankowego się nie zgadzają (mod-97) – sprawdź, czy nie ma literówki.".into(),
        Rule::MinGrantAboveMaxGrant => "Minimalna kwota dotacji nie może być wyższa niż maksymalna.".into(),
        Rule::MaxGrantAboveBudget { budget } => format!(
            "Maksymalna kwota dotacji nie może przekraczać kwoty przeznaczonej na konkurs ({}).",
            money(*budget, lang)
        ),
        Rule::DeadlineNotAfterOpening => {
            "Termin składania ofert musi przypadać po rozpoczęciu naboru ofert.".into()
        }
        Rule::DeadlineInPast => "Termin składania ofert już minął.".into(),
        Rule::DeadlineTooSoon { days: d, minimum } => format!(
            "Termin składania ofert wyznaczono zaledwie {} po publikacji ogłoszenia, a ustawa wymaga co najmniej {}. Potwierdź, jeśli mimo to chcesz opublikować ogłoszenie.",
            days(*d),
            days(*minimum)
        ),
        Rule::RealisationStartsBeforeDeadline => {
            "Okres realizacji zadania nie powinien zaczynać się przed terminem składania ofert.".into()
        }
        Rule::NoCriteria => "Dodaj co najmniej jedno kryterium oceny ofert.".into(),
        Rule::StatutoryCriterionMissing { point } => format!(
            "Nie można usunąć kryterium z art. 15 ust. 1 pkt {point} ustawy o działalności pożytku publicznego – każdy konkurs je uwzględnia."
        ),
        Rule::OwnMeansCriterionOnlyForSupport => "Kryterium z art. 15 ust. 1 pkt 4 (planowany udział środków finansowych własnych lub z innych źródeł) dotyczy tylko wspierania zadania – usuń je z konkursu na powierzenie zadania.".into(),
        Rule::PublicationDateInFuture => "Data publikacji nie może być datą przyszłą.".into(),
        Rule::DateOutsideWindow { from, to } => format!(
            "Data musi mieścić się w okresie realizacji zadania publicznego: od {} do {}.",
            date(*from, lang),
            date(*to, lang)
        ),
        Rule::NoActions => "Dodaj do harmonogramu co najmniej jedno działanie.".into(),
        Rule::NoCostLines => "Dodaj co najmniej jedną pozycję kosztów.".into(),
        Rule::UnknownAction { action_no } => format!("W harmonogramie nie ma działania o numerze {action_no}."),
        Rule::ActionWithoutCosts => "To działanie nie ma przypisanych żadnych kosztów.".into(),
        Rule::YearValuesCount { expected } => format!(
            "Podaj wartość osobno dla każdego roku realizacji zadania – zadanie obejmuje {}.",
            count(lang, to_u64(*expected), ["rok", "lata", "lat"])
        ),
        Rule::YearValuesSum { total } => format!(
            "Wartości w poszczególnych latach muszą w sumie dać wartość pozycji, czyli {}.",
            money(*total, lang)
        ),
        Rule::GrantPartAboveLine { line } => format!(
            "Część kosztu finansowana z dotacji nie może przekraczać wartości pozycji, czyli {}.",
            money(*line, lang)
        ),
        Rule::GrantPartsSum { grant } => format!(
            "Suma części kosztów finansowanych z dotacji musi być równa wnioskowanej kwocie dotacji, czyli {}.",
            money(*grant, lang)
        ),
        Rule::GrantPartsNotAllowed => {
            "W tym konkursie nie podaje się, jaka część każdej pozycji kosztów jest finansowana z dotacji.".into()
        }
        Rule::TotalsDiffer { costs, sources } => format!(
            "Suma źródeł finansowania ({}) musi być równa łącznej kwocie kosztów ({}).",
            money(*sources, lang),
            money(*costs, lang)
        ),
        Rule::GrantBelowMinimum { minimum } => format!(
            "Wnioskowana kwota dotacji jest niższa niż minimalna kwota dotacji w konkursie ({}).",
            money(*minimum, lang)
        ),
        Rule::GrantAboveMaximum { maximum } => format!(
            "Wnioskowana kwota dotacji przekracza maksymalną kwotę dotacji w konkursie ({}).",
            money(*maximum, lang)
        ),
        Rule::OwnContributionTooLow { required, actual } => format!(
            "Wkład własny wynosi {} kosztów, a konkurs wymaga co najmniej {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::FinancialContributionTooLow { required, actual } => format!(
            "Wkład własny finansowy wynosi {} kosztów, a konkurs wymaga co najmniej {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::NonFinancialContributionTooLow { required, actual } => format!(
            "Wkład własny niefinansowy (osobowy i rzeczowy) wynosi {} kosztów, a konkurs wymaga co najmniej {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::AdminCostsAboveCap { cap, actual } => format!(
            "Koszty administracyjne stanowią {} kosztów, a konkurs dopuszcza najwyżej {}.",
            percent(*actual, lang),
            percent(*cap, lang)
        ),
        Rule::AttachmentMissing { name } => format!("Brakuje wymaganego załącznika „{name}”."),
        Rule::DeclarationRequired => "Przed złożeniem oferty zaznacz to oświadczenie.".into(),
        Rule::PaidNotAllowedForSimpleAssociation => {
            "Stowarzyszenie zwykłe nie może realizować zadania odpłatnie.".into()
        }
        Rule::FeesWithoutPaidActivity => "Świadczenia pieniężne od odbiorców zadania można pobierać tylko w ramach działalności odpłatnej, a oferta deklaruje realizację nieodpłatną.".into(),
        Rule::FeesNotAllowedForSimpleAssociation => "Stowarzyszenie zwykłe nie może pobierać świadczeń pieniężnych od odbiorców zadania – nie prowadzi działalności odpłatnej.".into(),
        Rule::OtherPublicFundsNotAllowed => "Formularz oferty w tej gminie nie ma pozycji „środki z innych źródeł publicznych” – wpisz te środki jako wkład własny finansowy (3.1).".into(),
        Rule::TaskTooLong { max_years } => format!(
            "Zadanie nie może trwać dłużej niż {} – tyle wynosi najdłuższy okres umowy.",
            count(lang, u64::from(*max_years), ["rok", "lata", "lat"])
        ),
        Rule::PartnerIsApplicant => "Oferent nie może być jednocześnie swoim partnerem.".into(),
        Rule::PartnerSharesAboveTotal { total } => format!("Udziały partnerów nie mogą przekraczać łącznych kosztów zadania, czyli {}.", money(*total, lang)),
        Rule::DeficienciesRequired => "Wskaż co najmniej jeden brak do uzupełnienia.".into(),
        Rule::ReasonRequired => "Podaj uzasadnienie decyzji.".into(),
        Rule::AcceptedWithUnmetCondition => "Oferty, która nie spełnia tego warunku, nie można uznać za poprawną: wezwij do uzupełnienia albo ją odrzuć.".into(),
        Rule::FileTooLarge { max_bytes } => {
            format!("Plik jest za duży; limit wynosi {} MB.", max_bytes / 1_000_000)
        }
        Rule::FileTypeNotAllowed { allowed } => {
            format!("Ten rodzaj pliku nie jest przyjmowany; dozwolone: {allowed}.")
        }
        Rule::FileEmpty => "Plik jest pusty.".into(),
    }
}

fn czech(rule: &Rule, lang: Language) -> String {
    let chars = |n: usize| count(lang, to_u64(n), ["znak", "znaky", "znaků"]);
    let days = |n: i64| count(lang, n.unsigned_abs(), ["den", "dny", "dní"]);
    match rule {
        Rule::Required => "Toto pole je povinné.".into(),
        Rule::TooLong { max } => format!("Zadejte nejvýše {}.", chars(*max)),
        Rule::TooShort { min } => format!("Zadejte alespoň {}.", chars(*min)),
        Rule::InvalidValue => "Tato hodnota nepatří mezi povolené možnosti.".into(),
        Rule::InvalidEmail => "Zadejte platnou e-mailovou adresu, např. jmeno@priklad.cz.".into(),
        Rule::InvalidNumber => "Zadejte číslo, např. 1234,56.".into(),
        Rule::TooManyDecimals { max } => format!(
            "Zadejte nejvýše {}.",
            count(
                lang,
                u64::from(*max),
                ["desetinné místo", "desetinná místa", "desetinných míst"]
            )
        ),
        Rule::MustBePositive => "Hodnota musí být větší než nula.".into(),
        Rule::MustNotBeNegative => "Hodnota nesmí být záporná.".into(),
        Rule::AmountTooLarge => "Částka je příliš vysoká.".into(),
        Rule::CurrencyMismatch { expected } => format!("Částky musí být uvedeny v měně {expected}."),
        Rule::PercentOutOfRange => "Procento musí být v rozmezí od 0 do 100.".into(),
        Rule::EndBeforeStart => "Datum ukončení nesmí být dřívější než datum zahájení.".into(),
        Rule::TooManyItems { max } => format!(
            "Můžete přidat nejvýše {}.",
            count(lang, to_u64(*max), ["položku", "položky", "položek"])
        ),
        Rule::UnknownReference => "Odkazovaná položka neexistuje.".into(),
        Rule::Duplicate => "Tato hodnota je již použita.".into(),
        Rule::PasswordsDiffer => "Hesla se neshodují: zadejte dvakrát stejné heslo.".into(),
        Rule::WholeNumberBetween { min, max } => format!("Zadejte celé číslo od {min} do {max}."),
        Rule::LastMember => "Organizace musí mít alespoň jednu osobu: než odejdete, pozvěte někoho jiného.".into(),
        Rule::AlreadyMember => "Tato osoba už je členem organizace.".into(),
        Rule::AlreadyInvited => "Tato adresa už byla pozvána; pozvánka čeká na přijetí.".into(),
        Rule::StaffAccount => "Tato adresa patří zaměstnanci úřadu, který se nemůže připojit k organizaci.".into(),
        Rule::NipLength => "NIP (polské daňové identifikační číslo) má 10 číslic.".into(),
        Rule::NipChecksum => "Kontrolní číslice NIP (polského daňového identifikačního čísla) nesouhlasí – zkontrolujte, zda v něm není překlep.".into(),
        Rule::RegonLength => "REGON (polské statistické identifikační číslo) má 9 nebo 14 číslic.".into(),
        Rule::RegonChecksum => "Kontrolní číslice REGON (polského statistického identifikačního čísla) nesouhlasí – zkontrolujte, zda v něm není překlep.".into(),
        Rule::KrsFormat => "Číslo KRS (polského Národního soudního rejstříku) má nejvýše 10 číslic.".into(),
        Rule::IbanCountry => "Zadejte číslo polského bankovního účtu (PL a 26 číslic).".into(),
        Rule::IbanLength => "Číslo polského bankovního účtu má za PL 26 číslic.".into(),
        Rule::IbanCharacters => "Číslo bankovního účtu smí za PL obsahovat jen číslice.".into(),
        Rule::AllZeros => "Číslo složené jen z nul není platné.".into(),
        Rule::IbanChecksum => "Kontrolní číslice čísla bankovního účtu nesouhlasí (mod-97) – zkontrolujte, zda v něm není překlep.".into(),
        Rule::MinGrantAboveMaxGrant => "Minimální výše dotace nesmí být vyšší než maximální.".into(),
        Rule::MaxGrantAboveBudget { budget } => format!(
            "Maximální výše dotace nesmí překročit celkový objem prostředků výzvy ({}).",
            money(*budget, lang)
        ),
        Rule::DeadlineNotAfterOpening => {
            "Lhůta pro podání žádostí musí končit až po zahájení příjmu žádostí.".into()
        }
        Rule::DeadlineInPast => "Lhůta pro podání žádostí již uplynula.".into(),
        Rule::DeadlineTooSoon { days: d, minimum } => format!(
            "Lhůta pro podání žádostí končí jen {} po zveřejnění výzvy, zákon však vyžaduje alespoň {}. Pokud chcete výzvu přesto zveřejnit, potvrďte to.",
            days(*d),
            days(*minimum)
        ),
        Rule::RealisationStartsBeforeDeadline => {
            "Období realizace by nemělo začínat před koncem lhůty pro podání žádostí.".into()
        }
        Rule::NoCriteria => "Přidejte alespoň jedno hodnoticí kritérium.".into(),
        Rule::StatutoryCriterionMissing { point } => format!(
            "Kritérium podle čl. 15 odst. 1 bodu {point} polského zákona o veřejně prospěšné činnosti nelze odebrat – každá výzva je posuzuje."
        ),
        Rule::OwnMeansCriterionOnlyForSupport => "Kritérium podle čl. 15 odst. 1 bodu 4 (plánované vlastní nebo jiné finanční prostředky) platí jen pro výzvy, které projekt podporují – z výzvy, která projekt svěřuje, je odeberte.".into(),
        Rule::PublicationDateInFuture => "Datum zveřejnění nemůže být v budoucnosti.".into(),
        Rule::DateOutsideWindow { from, to } => format!(
            "Datum musí spadat do období realizace, tedy od {} do {}.",
            date(*from, lang),
            date(*to, lang)
        ),
        Rule::NoActions => "Přidejte do harmonogramu alespoň jednu aktivitu.".into(),
        Rule::NoCostLines => "Přidejte alespoň jednu nákladovou položku.".into(),
        Rule::UnknownAction { action_no } => format!("V harmonogramu není aktivita číslo {action_no}."),
        Rule::ActionWithoutCosts => "K této aktivitě nejsou přiřazeny žádné nákladové položky.".into(),
        Rule::YearValuesCount { expected } => format!(
            "Uveďte hodnotu zvlášť pro každý rok realizace – projekt zahrnuje {}.",
            count(lang, to_u64(*expected), ["rok", "roky", "let"])
        ),
        Rule::YearValuesSum { total } => format!(
            "Hodnoty za jednotlivé roky musí v součtu odpovídat hodnotě položky, tj. {}.",
            money(*total, lang)
        ),
        Rule::GrantPartAboveLine { line } => format!(
            "Část hrazená z dotace nesmí být vyšší než hodnota položky, tj. {}.",
            money(*line, lang)
        ),
        Rule::GrantPartsSum { grant } => format!(
            "Části položek hrazené z dotace musí v součtu odpovídat požadované dotaci, tj. {}.",
            money(*grant, lang)
        ),
        Rule::GrantPartsNotAllowed => {
            "V této výzvě se část jednotlivých položek hrazená z dotace neuvádí.".into()
        }
        Rule::TotalsDiffer { costs, sources } => format!(
            "Zdroje financování ({}) se musí rovnat celkovým nákladům ({}).",
            money(*sources, lang),
            money(*costs, lang)
        ),
        Rule::GrantBelowMinimum { minimum } => format!(
            "Požadovaná dotace je nižší než minimum stanovené výzvou ({}).",
            money(*minimum, lang)
        ),
        Rule::GrantAboveMaximum { maximum } => format!(
            "Požadovaná dotace je vyšší než maximum stanovené výzvou ({}).",
            money(*maximum, lang)
        ),
        Rule::OwnContributionTooLow { required, actual } => format!(
            "Vlastní podíl činí {} nákladů, výzva však vyžaduje alespoň {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::FinancialContributionTooLow { required, actual } => format!(
            "Finanční vlastní podíl činí {} nákladů, výzva však vyžaduje alespoň {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::NonFinancialContributionTooLow { required, actual } => format!(
            "Nefinanční vlastní podíl (osobní a věcný) činí {} nákladů, výzva však vyžaduje alespoň {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::AdminCostsAboveCap { cap, actual } => format!(
            "Administrativní náklady činí {} nákladů, výzva však povoluje nejvýše {}.",
            percent(*actual, lang),
            percent(*cap, lang)
        ),
        Rule::AttachmentMissing { name } => format!("Chybí povinná příloha „{name}“."),
        Rule::DeclarationRequired => "Před podáním žádosti potvrďte toto prohlášení.".into(),
        Rule::PaidNotAllowedForSimpleAssociation => {
            "Zjednodušený spolek (polské „stowarzyszenie zwykłe“) nemůže projekt realizovat za úplatu.".into()
        }
        Rule::FeesWithoutPaidActivity => "Poplatky od účastníků lze vybírat jen v rámci úplatné činnosti, žádost však uvádí bezúplatnou realizaci.".into(),
        Rule::FeesNotAllowedForSimpleAssociation => "Zjednodušený spolek nemůže vybírat poplatky od účastníků – nevykonává úplatnou činnost.".into(),
        Rule::OtherPublicFundsNotAllowed => "Formulář této obce nemá řádek pro jiné veřejné prostředky – uveďte je jako vlastní finanční vklad (3.1).".into(),
        Rule::TaskTooLong { max_years } => format!(
            "Projekt nemůže trvat déle než {} – to je nejdelší doba trvání smlouvy.",
            count(lang, u64::from(*max_years), ["rok", "roky", "let"])
        ),
        Rule::PartnerIsApplicant => "Žadatel nemůže být sám sobě partnerem.".into(),
        Rule::PartnerSharesAboveTotal { total } => format!("Podíly partnerů nesmí překročit celkové náklady projektu, tj. {}.", money(*total, lang)),
        Rule::DeficienciesRequired => "Uveďte alespoň jeden nedostatek, který je třeba odstranit.".into(),
        Rule::ReasonRequired => "Uveďte odůvodnění rozhodnutí.".into(),
        Rule::AcceptedWithUnmetCondition => "Nabídku, která tuto podmínku nesplňuje, nelze přijmout: vyzvěte k doplnění, nebo ji odmítněte.".into(),
        Rule::FileTooLarge { max_bytes } => {
            format!("Soubor je příliš velký; limit je {} MB.", max_bytes / 1_000_000)
        }
        Rule::FileTypeNotAllowed { allowed } => {
            format!("Tento typ souboru není přijímán; použijte {allowed}.")
        }
        Rule::FileEmpty => "Soubor je prázdný.".into(),
    }
}

fn ukrainian(rule: &Rule, lang: Language) -> String {
    let chars = |n: usize| count(lang, to_u64(n), ["символ", "символи", "символів"]);
    let days = |n: i64| count(lang, n.unsigned_abs(), ["день", "дні", "днів"]);
    match rule {
        Rule::Required => "Це поле обов’язкове.".into(),
        Rule::TooLong { max } => format!("Введіть не більше ніж {}.", chars(*max)),
        Rule::TooShort { min } => format!("Введіть щонайменше {}.", chars(*min)),
        Rule::InvalidValue => "Це значення не належить до дозволених варіантів.".into(),
        Rule::InvalidEmail => {
            "Введіть правильну адресу електронної пошти, напр. name@example.org.".into()
        }
        Rule::InvalidNumber => "Введіть число, напр. 1234,56.".into(),
        Rule::TooManyDecimals { max } => format!(
            "Вкажіть не більше ніж {} після коми.",
            count(lang, u64::from(*max), ["знак", "знаки", "знаків"])
        ),
        Rule::MustBePositive => "Значення має бути більшим за нуль.".into(),
        Rule::MustNotBeNegative => "Значення не може бути від’ємним.".into(),
        Rule::AmountTooLarge => "Сума завелика.".into(),
        Rule::CurrencyMismatch { expected } => format!("Суми мають бути вказані у валюті {expected}."),
        Rule::PercentOutOfRange => "Відсоток має бути в межах від 0 до 100.".into(),
        Rule::EndBeforeStart => "Дата завершення не може бути раніше за дату початку.".into(),
        Rule::TooManyItems { max } => format!(
            "Можна додати не більше ніж {}.",
            count(lang, to_u64(*max), ["позицію", "позиції", "позицій"])
        ),
        Rule::UnknownReference => "Зазначений елемент не існує.".into(),
        Rule::Duplicate => "Це значення вже використано.".into(),
        Rule::PasswordsDiffer => "Паролі не збігаються: введіть той самий пароль двічі.".into(),
        Rule::WholeNumberBetween { min, max } => format!("Введіть ціле число від {min} до {max}."),
        Rule::LastMember => "В організації має бути щонайменше одна особа: перш ніж піти, запросіть когось іншого.".into(),
        Rule::AlreadyMember => "Ця особа вже є учасником організації.".into(),
        Rule::AlreadyInvited => "Цю адресу вже запрошено; запрошення очікує прийняття.".into(),
        Rule::StaffAccount => "Ця адреса належить працівникові органу влади, який не може приєднатися до організації.".into(),
        Rule::NipLength => "NIP (польський ідентифікаційний номер платника податків) має 10 цифр.".into(),
        Rule::NipChecksum => "Контрольна цифра NIP (польського ідентифікаційного номера платника податків) неправильна – перевірте, чи немає помилки.".into(),
        Rule::RegonLength => "REGON (польський статистичний ідентифікаційний номер) має 9 або 14 цифр.".into(),
        Rule::RegonChecksum => "Контрольна цифра REGON (польського статистичного ідентифікаційного номера) неправильна – перевірте, чи немає помилки.".into(),
        Rule::KrsFormat => "Номер KRS (польського Національного судового реєстру) має не більше 10 цифр.".into(),
        Rule::IbanCountry => "Вкажіть номер польського банківського рахунку (PL і 26 цифр).".into(),
        Rule::IbanLength => "Номер польського банківського рахунку має 26 цифр після PL.".into(),
        Rule::IbanCharacters => "Номер рахунку після PL може містити лише цифри.".into(),
        Rule::AllZeros => "Номер, що складається лише з нулів, недійсний.".into(),
        Rule::IbanChecksum => "Контрольні цифри номера рахунку неправильні (mod-97) – перевірте, чи немає помилки.".into(),
        Rule::MinGrantAboveMaxGrant => "Мінімальна сума гранту не може перевищувати максимальну.".into(),
        Rule::MaxGrantAboveBudget { budget } => format!(
            "Максимальна сума гранту не може перевищувати загальний бюджет конкурсу ({}).",
            money(*budget, lang)
        ),
        Rule::DeadlineNotAfterOpening => {
            "Кінцевий термін подання заявок має бути пізніше за початок прийому заявок.".into()
        }
        Rule::DeadlineInPast => "Кінцевий термін подання заявок уже минув.".into(),
        Rule::DeadlineTooSoon { days: d, minimum } => format!(
            "Кінцевий термін подання заявок настає лише через {} після публікації оголошення, а закон вимагає щонайменше {}. Підтвердьте, якщо все одно хочете опублікувати оголошення.",
            days(*d),
            days(*minimum)
        ),
        Rule::RealisationStartsBeforeDeadline => {
            "Період реалізації не повинен починатися раніше кінцевого терміну подання заявок.".into()
        }
        Rule::NoCriteria => "Додайте щонайменше один критерій оцінювання.".into(),
        Rule::StatutoryCriterionMissing { point } => format!(
            "Критерій за ст. 15 ч. 1 п. {point} польського закону про громадську корисну діяльність не можна вилучити – кожен конкурс його враховує."
        ),
        Rule::OwnMeansCriterionOnlyForSupport => "Критерій за ст. 15 ч. 1 п. 4 (заплановані власні або інші фінансові кошти) застосовується лише до конкурсів на підтримку завдання – вилучіть його з конкурсу на доручення завдання.".into(),
        Rule::PublicationDateInFuture => "Дата публікації не може бути в майбутньому.".into(),
        Rule::DateOutsideWindow { from, to } => format!(
            "Дата має бути в межах періоду реалізації: з {} по {}.",
            date(*from, lang),
            date(*to, lang)
        ),
        Rule::NoActions => "Додайте до графіка щонайменше один захід.".into(),
        Rule::NoCostLines => "Додайте щонайменше одну статтю витрат.".into(),
        Rule::UnknownAction { action_no } => format!("У графіку немає заходу з номером {action_no}."),
        Rule::ActionWithoutCosts => "Для цього заходу не вказано жодної статті витрат.".into(),
        Rule::YearValuesCount { expected } => format!(
            "Вкажіть значення окремо для кожного року реалізації – завдання охоплює {}.",
            count(lang, to_u64(*expected), ["рік", "роки", "років"])
        ),
        Rule::YearValuesSum { total } => format!(
            "Сума значень за окремі роки має дорівнювати вартості статті, тобто {}.",
            money(*total, lang)
        ),
        Rule::GrantPartAboveLine { line } => format!(
            "Частина, що фінансується з гранту, не може перевищувати вартість статті, тобто {}.",
            money(*line, lang)
        ),
        Rule::GrantPartsSum { grant } => format!(
            "Сума частин витрат, що фінансуються з гранту, має дорівнювати запитуваному гранту, тобто {}.",
            money(*grant, lang)
        ),
        Rule::GrantPartsNotAllowed => {
            "У цьому конкурсі не потрібно вказувати, яка частина кожної статті фінансується з гранту.".into()
        }
        Rule::TotalsDiffer { costs, sources } => format!(
            "Джерела фінансування ({}) мають дорівнювати загальним витратам ({}).",
            money(*sources, lang),
            money(*costs, lang)
        ),
        Rule::GrantBelowMinimum { minimum } => format!(
            "Запитувана сума гранту менша за мінімальну суму, визначену конкурсом ({}).",
            money(*minimum, lang)
        ),
        Rule::GrantAboveMaximum { maximum } => format!(
            "Запитувана сума гранту більша за максимальну суму, визначену конкурсом ({}).",
            money(*maximum, lang)
        ),
        Rule::OwnContributionTooLow { required, actual } => format!(
            "Власний внесок становить {} витрат, а конкурс вимагає щонайменше {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::FinancialContributionTooLow { required, actual } => format!(
            "Фінансовий власний внесок становить {} витрат, а конкурс вимагає щонайменше {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::NonFinancialContributionTooLow { required, actual } => format!(
            "Нефінансовий власний внесок (кадровий і матеріальний) становить {} витрат, а конкурс вимагає щонайменше {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::AdminCostsAboveCap { cap, actual } => format!(
            "Адміністративні витрати становлять {} усіх витрат, а конкурс дозволяє не більше ніж {}.",
            percent(*actual, lang),
            percent(*cap, lang)
        ),
        Rule::AttachmentMissing { name } => format!("Бракує обов’язкового додатка «{name}»."),
        Rule::DeclarationRequired => "Перед поданням заявки підтвердьте цю заяву.".into(),
        Rule::PaidNotAllowedForSimpleAssociation => {
            "Просте об’єднання (польське «stowarzyszenie zwykłe») не може виконувати завдання на платній основі.".into()
        }
        Rule::FeesWithoutPaidActivity => "Внески учасників можна стягувати лише в межах платної діяльності, а заявка передбачає безоплатну реалізацію.".into(),
        Rule::FeesNotAllowedForSimpleAssociation => "Просте об’єднання не може стягувати внески учасників – воно не веде платної діяльності.".into(),
        Rule::OtherPublicFundsNotAllowed => "Форма заявки цієї громади не має рядка «кошти з інших публічних джерел» – вкажіть ці кошти як власний фінансовий внесок (3.1).".into(),
        Rule::TaskTooLong { max_years } => format!(
            "Завдання не може тривати довше ніж {} – це найдовший строк договору.",
            count(lang, u64::from(*max_years), ["рік", "роки", "років"])
        ),
        Rule::PartnerIsApplicant => "Заявник не може бути власним партнером.".into(),
        Rule::PartnerSharesAboveTotal { total } => format!("Частки партнерів не можуть перевищувати загальну вартість завдання, тобто {}.", money(*total, lang)),
        Rule::DeficienciesRequired => "Вкажіть щонайменше один недолік, який потрібно виправити.".into(),
        Rule::ReasonRequired => "Вкажіть обґрунтування рішення.".into(),
        Rule::AcceptedWithUnmetCondition => "Пропозицію, яка не відповідає цій умові, не можна визнати правильною: вимагайте виправлення або відхиліть її.".into(),
        Rule::FileTooLarge { max_bytes } => {
            format!("Файл завеликий; ліміт – {} МБ.", max_bytes / 1_000_000)
        }
        Rule::FileTypeNotAllowed { allowed } => {
            format!("Цей тип файлу не приймається; використайте {allowed}.")
        }
        Rule::FileEmpty => "Файл порожній.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{Currency, Money, Percent};
    use chrono::NaiveDate;
    use std::collections::BTreeSet;

    fn pln(minor: i64) -> Money {
        Money::new(minor, Currency::PLN)
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    /// One rule of every variant. `Rule::code` is exhaustive, so the count check below fails when
    /// a variant is added to `Rule` but not here.
    fn one_of_each() -> Vec<Rule> {
        let p = Percent::from_basis_points;
        vec![
            Rule::Required,
            Rule::TooLong { max: 300 },
            Rule::TooShort { min: 3 },
            Rule::InvalidValue,
            Rule::InvalidEmail,
            Rule::InvalidNumber,
            Rule::TooManyDecimals { max: 2 },
            Rule::MustBePositive,
            Rule::MustNotBeNegative,
            Rule::AmountTooLarge,
            Rule::CurrencyMismatch {
                expected: Currency::PLN,
            },
            Rule::PercentOutOfRange,
            Rule::EndBeforeStart,
            Rule::TooManyItems { max: 100 },
            Rule::UnknownReference,
            Rule::Duplicate,
            Rule::AlreadyMember,
            Rule::LastMember,
            Rule::AlreadyInvited,
            Rule::StaffAccount,
            Rule::NipLength,
            Rule::NipChecksum,
            Rule::RegonLength,
            Rule::RegonChecksum,
            Rule::KrsFormat,
            Rule::IbanCountry,
            Rule::IbanLength,
            Rule::IbanCharacters,
            Rule::IbanChecksum,
            Rule::AllZeros,
            Rule::MinGrantAboveMaxGrant,
            Rule::MaxGrantAboveBudget {
                budget: pln(15_000_000),
            },
            Rule::DeadlineNotAfterOpening,
            Rule::DeadlineInPast,
            Rule::DeadlineTooSoon {
                days: 20,
                minimum: 21,
            },
            Rule::RealisationStartsBeforeDeadline,
            Rule::NoCriteria,
            Rule::StatutoryCriterionMissing { point: 4 },
            Rule::OwnMeansCriterionOnlyForSupport,
            Rule::PublicationDateInFuture,
            Rule::PasswordsDiffer,
            Rule::WholeNumberBetween { min: 1, max: 90 },
            Rule::DateOutsideWindow {
                from: day(2027, 3, 1),
                to: day(2027, 12, 31),
            },
            Rule::NoActions,
            Rule::NoCostLines,
            Rule::UnknownAction { action_no: 3 },
            Rule::ActionWithoutCosts,
            Rule::YearValuesCount { expected: 2 },
            Rule::YearValuesSum {
                total: pln(123_456),
            },
            Rule::GrantPartAboveLine { line: pln(50_000) },
            Rule::GrantPartsSum {
                grant: pln(1_000_000),
            },
            Rule::GrantPartsNotAllowed,
            Rule::TotalsDiffer {
                costs: pln(1_200_000),
                sources: pln(1_100_000),
            },
            Rule::GrantBelowMinimum {
                minimum: pln(500_000),
            },
            Rule::GrantAboveMaximum {
                maximum: pln(3_000_000),
            },
            Rule::OwnContributionTooLow {
                required: p(1000),
                actual: p(850),
            },
            Rule::FinancialContributionTooLow {
                required: p(500),
                actual: p(250),
            },
            Rule::NonFinancialContributionTooLow {
                required: p(500),
                actual: p(0),
            },
            Rule::AdminCostsAboveCap {
                cap: p(1500),
                actual: p(1667),
            },
            Rule::AttachmentMissing {
                name: "Statut".into(),
            },
            Rule::DeclarationRequired,
            Rule::PaidNotAllowedForSimpleAssociation,
            Rule::FeesWithoutPaidActivity,
            Rule::FeesNotAllowedForSimpleAssociation,
            Rule::OtherPublicFundsNotAllowed,
            Rule::TaskTooLong { max_years: 5 },
            Rule::PartnerIsApplicant,
            Rule::PartnerSharesAboveTotal {
                total: pln(100_000),
            },
            Rule::DeficienciesRequired,
            Rule::ReasonRequired,
            Rule::AcceptedWithUnmetCondition,
            Rule::FileTooLarge {
                max_bytes: 20_000_000,
            },
            Rule::FileTypeNotAllowed {
                allowed: "PDF, JPG, PNG".into(),
            },
            Rule::FileEmpty,
        ]
    }

    #[test]
    fn the_sample_covers_every_variant_once() {
        let rules = one_of_each();
        let codes: BTreeSet<&str> = rules.iter().map(Rule::code).collect();
        assert_eq!(codes.len(), rules.len(), "a variant is listed twice");
        // The number of `Rule` variants; update together with `one_of_each`.
        assert_eq!(rules.len(), 74);
    }

    #[test]
    fn every_rule_has_a_translated_message_in_every_language() {
        for rule in one_of_each() {
            let en = message(&rule, Language::En);
            for lang in Language::ALL {
                let text = message(&rule, lang);
                assert!(!text.trim().is_empty(), "{rule:?} in {lang}");
                assert!(!text.contains('{'), "unfilled placeholder: {text}");
                if lang != Language::En {
                    assert_ne!(text, en, "{rule:?} is not translated to {lang}");
                }
            }
            let pl = message(&rule, Language::Pl);
            let cs = message(&rule, Language::Cs);
            let uk = message(&rule, Language::Uk);
            assert_ne!(pl, cs, "{rule:?}");
            assert_ne!(pl, uk, "{rule:?}");
            assert_ne!(cs, uk, "{rule:?}");
        }
    }

    #[test]
    fn polish_counts_agree_with_the_number() {
        let too_long = |max| message(&Rule::TooLong { max }, Language::Pl);
        assert_eq!(too_long(1), "Wpisz najwyżej 1 znak.");
        assert_eq!(too_long(2), "Wpisz najwyżej 2 znaki.");
        assert_eq!(too_long(4), "Wpisz najwyżej 4 znaki.");
        assert_eq!(too_long(5), "Wpisz najwyżej 5 znaków.");
        assert_eq!(too_long(11), "Wpisz najwyżej 11 znaków.");
        assert_eq!(too_long(12), "Wpisz najwyżej 12 znaków.");
        assert_eq!(too_long(14), "Wpisz najwyżej 14 znaków.");
        assert_eq!(too_long(21), "Wpisz najwyżej 21 znaków.");
        assert_eq!(too_long(22), "Wpisz najwyżej 22 znaki.");
        assert_eq!(too_long(112), "Wpisz najwyżej 112 znaków.");
        assert_eq!(too_long(300), "Wpisz najwyżej 300 znaków.");
        assert_eq!(
            message(&Rule::TooShort { min: 3 }, Language::Pl),
            "Wpisz co najmniej 3 znaki."
        );
        assert_eq!(
            message(&Rule::TooManyDecimals { max: 2 }, Language::Pl),
            "Podaj najwyżej 2 miejsca po przecinku."
        );
        assert_eq!(
            message(&Rule::TooManyItems { max: 100 }, Language::Pl),
            "Możesz dodać najwyżej 100 pozycji."
        );
        assert_eq!(
            message(&Rule::YearValuesCount { expected: 2 }, Language::Pl),
            "Podaj wartość osobno dla każdego roku realizacji zadania – zadanie obejmuje 2 lata."
        );
        assert!(message(&Rule::YearValuesCount { expected: 5 }, Language::Pl).ends_with("5 lat."));
        let soon = message(
            &Rule::DeadlineTooSoon {
                days: 1,
                minimum: 21,
            },
            Language::Pl,
        );
        assert!(soon.contains("zaledwie 1 dzień po"), "{soon}");
        assert!(soon.contains("co najmniej 21 dni."), "{soon}");
    }

    #[test]
    fn czech_and_ukrainian_counts_agree_with_the_number() {
        let cs = |max| message(&Rule::TooLong { max }, Language::Cs);
        assert_eq!(cs(1), "Zadejte nejvýše 1 znak.");
        assert_eq!(cs(3), "Zadejte nejvýše 3 znaky.");
        assert_eq!(cs(5), "Zadejte nejvýše 5 znaků.");
        assert_eq!(cs(22), "Zadejte nejvýše 22 znaků.");
        let uk = |max| message(&Rule::TooLong { max }, Language::Uk);
        assert_eq!(uk(1), "Введіть не більше ніж 1 символ.");
        assert_eq!(uk(3), "Введіть не більше ніж 3 символи.");
        assert_eq!(uk(5), "Введіть не більше ніж 5 символів.");
        assert_eq!(uk(11), "Введіть не більше ніж 11 символів.");
        assert_eq!(uk(13), "Введіть не більше ніж 13 символів.");
        assert_eq!(uk(21), "Введіть не більше ніж 21 символ.");
        assert_eq!(uk(24), "Введіть не більше ніж 24 символи.");
        let soon = Rule::DeadlineTooSoon {
            days: 2,
            minimum: 21,
        };
        let text = message(&soon, Language::Uk);
        assert!(text.contains("через 2 дні"), "{text}");
        assert!(text.contains("щонайменше 21 день."), "{text}");
        let text = message(&soon, Language::Cs);
        assert!(text.contains("jen 2 dny po"), "{text}");
        assert!(text.contains("alespoň 21 dní."), "{text}");
        assert!(message(&Rule::YearValuesCount { expected: 2 }, Language::Cs).ends_with("2 roky."));
        assert!(
            message(&Rule::YearValuesCount { expected: 5 }, Language::Uk).ends_with("5 років.")
        );
    }

    #[test]
    fn amounts_percents_and_dates_are_written_per_language() {
        let above = Rule::GrantAboveMaximum {
            maximum: pln(3_000_000),
        };
        assert!(message(&above, Language::Pl).contains("30\u{a0}000,00\u{a0}zł"));
        assert!(message(&above, Language::Cs).contains("30\u{a0}000,00\u{a0}zł"));
        assert!(message(&above, Language::En).contains("PLN 30,000.00"));
        let czk = Rule::GrantBelowMinimum {
            minimum: Money::new(500_050, Currency::CZK),
        };
        assert!(message(&czk, Language::Cs).contains("5\u{a0}000,50\u{a0}Kč"));
        let admin = Rule::AdminCostsAboveCap {
            cap: Percent::from_basis_points(1500),
            actual: Percent::from_basis_points(1650),
        };
        assert_eq!(
            message(&admin, Language::Pl),
            "Koszty administracyjne stanowią 16,5% kosztów, a konkurs dopuszcza najwyżej 15%."
        );
        let window = Rule::DateOutsideWindow {
            from: day(2027, 3, 1),
            to: day(2027, 12, 31),
        };
        assert!(message(&window, Language::Uk).contains("з 01.03.2027 по 31.12.2027"));
        assert!(message(&window, Language::En).contains("2027-03-01 to 2027-12-31"));
    }

    #[test]
    fn plural_categories_follow_each_language() {
        use Plural::{Few, Many, One};
        let cases: [(u64, [Plural; 4]); 10] = [
            // n, [pl, cs, uk, en]
            (0, [Many, Many, Many, Many]),
            (1, [One, One, One, One]),
            (2, [Few, Few, Few, Many]),
            (4, [Few, Few, Few, Many]),
            (5, [Many, Many, Many, Many]),
            (11, [Many, Many, Many, Many]),
            (12, [Many, Many, Many, Many]),
            (21, [Many, Many, One, Many]),
            (23, [Few, Many, Few, Many]),
            (1001, [Many, Many, One, Many]),
        ];
        for (n, expected) in cases {
            let langs = [Language::Pl, Language::Cs, Language::Uk, Language::En];
            for (lang, want) in langs.into_iter().zip(expected) {
                assert_eq!(plural_category(lang, n), want, "{n} in {lang}");
            }
        }
    }
}
