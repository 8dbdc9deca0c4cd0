//! Email text for every event, in Polish, English, Czech and Ukrainian: a subject, a plain-text
//! body and the same body as simple HTML. Everything a person typed is escaped in the HTML.

use super::{Event, Offset, ReminderKind};
use crate::format::instant;
use crate::language::Language;
use chrono_tz::Tz;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachment: Option<Attachment>,
}

/// A file sent with a message (the submission receipt; the offer's PDF once documents exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: &'static str,
    pub content: String,
}

/// The parts of a message before they are laid out as text and HTML.
struct Parts {
    subject: String,
    greeting: &'static str,
    paragraphs: Vec<String>,
    list: Vec<String>,
    closing: &'static str,
}

fn pick<T: Copy>(lang: Language, texts: [T; 4]) -> T {
    match lang {
        Language::Pl => texts[0],
        Language::En => texts[1],
        Language::Cs => texts[2],
        Language::Uk => texts[3],
    }
}

/// Renders `event` for one recipient. `link` points at the object in Granty.
pub fn render(event: &Event, zone: Tz, lang: Language, link: &str) -> Message {
    let parts = parts(event, zone, lang);
    let mut text = format!("{}\n\n", parts.greeting);
    let mut html = format!("<!DOCTYPE html><html lang=\"{}\"><body style=\"font-family: sans-serif; line-height: 1.5\">\n<p>{}</p>\n", lang.code(), escape(parts.greeting));
    for paragraph in &parts.paragraphs {
        text.push_str(paragraph);
        text.push_str("\n\n");
        html.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
    }
    if !parts.list.is_empty() {
        html.push_str("<ul>\n");
        for item in &parts.list {
            text.push_str(&format!("- {item}\n"));
            html.push_str(&format!("<li>{}</li>\n", escape(item)));
        }
        html.push_str("</ul>\n");
        text.push('\n');
    }
    let open = pick(
        lang,
        [
            "Otwórz w Granty",
            "Open in Granty",
            "Otevřít v Granty",
            "Відкрити в Granty",
        ],
    );
    text.push_str(&format!("{open}: {link}\n\n{}\n", parts.closing));
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p>\n<p>{}</p>\n</body></html>\n",
        escape(link),
        escape(open),
        escape(parts.closing)
    ));
    Message {
        subject: parts.subject,
        text,
        html,
        attachment: receipt(event, zone, lang),
    }
}

/// The submission receipt (UPO-like) as a plain-text file the applicant can keep.
fn receipt(event: &Event, zone: Tz, lang: Language) -> Option<Attachment> {
    let Event::ApplicationSubmitted {
        call_title,
        application_title,
        organisation_name,
        receipt_number,
        submitted_at,
        content_sha256,
        ..
    } = event
    else {
        return None;
    };
    let labels = pick(
        lang,
        [
            [
                "POTWIERDZENIE ZŁOŻENIA OFERTY",
                "Numer",
                "Konkurs",
                "Oferta",
                "Oferent",
                "Złożono",
                "Skrót treści (SHA-256)",
            ],
            [
                "OFFER SUBMISSION RECEIPT",
                "Number",
                "Call",
                "Offer",
                "Applicant",
                "Submitted",
                "Content digest (SHA-256)",
            ],
            [
                "POTVRZENÍ O PODÁNÍ ŽÁDOSTI",
                "Číslo",
                "Výzva",
                "Žádost",
                "Žadatel",
                "Podáno",
                "Otisk obsahu (SHA-256)",
            ],
            [
                "ПІДТВЕРДЖЕННЯ ПОДАННЯ ЗАЯВКИ",
                "Номер",
                "Конкурс",
                "Заявка",
                "Заявник",
                "Подано",
                "Відбиток змісту (SHA-256)",
            ],
        ],
    );
    let content = format!(
        "{}\n\n{}: {receipt_number}\n{}: {call_title}\n{}: {application_title}\n{}: {organisation_name}\n{}: {}\n{}: {content_sha256}\n",
        labels[0],
        labels[1],
        labels[2],
        labels[3],
        labels[4],
        labels[5],
        instant(*submitted_at, zone, lang),
        labels[6],
    );
    let safe_number: String = receipt_number
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    Some(Attachment {
        file_name: format!("potwierdzenie-{safe_number}.txt"),
        content_type: "text/plain; charset=utf-8",
        content,
    })
}

fn parts(event: &Event, zone: Tz, lang: Language) -> Parts {
    let at = |t| instant(t, zone, lang);
    let greeting = pick(
        lang,
        ["Dzień dobry,", "Hello,", "Dobrý den,", "Добрий день!"],
    );
    let closing = pick(
        lang,
        [
            "Wiadomość wysłana automatycznie przez Granty.",
            "This message was sent automatically by Granty.",
            "Tuto zprávu odeslal automaticky systém Granty.",
            "Це повідомлення надіслано автоматично системою Granty.",
        ],
    );
    let (subject, paragraphs, list) = match event {
        Event::ApplicationSubmitted {
            call_title,
            application_title,
            organisation_name,
            receipt_number,
            submitted_at,
            correction,
            ..
        } => {
            let subject = if *correction {
                pick(
                    lang,
                    [
                        "Złożono poprawioną ofertę",
                        "Corrected offer submitted",
                        "Opravená žádost podána",
                        "Виправлену заявку подано",
                    ],
                )
            } else {
                pick(
                    lang,
                    [
                        "Potwierdzenie złożenia oferty",
                        "Offer submitted: your receipt",
                        "Potvrzení o podání žádosti",
                        "Підтвердження подання заявки",
                    ],
                )
            };
            (
                format!("{subject} {receipt_number}"),
                vec![
                    format!(
                        "{} „{application_title}” ({organisation_name}) — {} „{call_title}”.",
                        pick(lang, ["Oferta", "The offer", "Žádost", "Заявка"]),
                        pick(lang, ["konkurs", "call", "výzva", "конкурс"])
                    ),
                    format!(
                        "{} {receipt_number}. {} {}.",
                        pick(
                            lang,
                            [
                                "Numer potwierdzenia:",
                                "Receipt number:",
                                "Číslo potvrzení:",
                                "Номер підтвердження:"
                            ]
                        ),
                        pick(
                            lang,
                            [
                                "Data i godzina złożenia:",
                                "Submitted at:",
                                "Datum a čas podání:",
                                "Дата і час подання:"
                            ]
                        ),
                        at(*submitted_at)
                    ),
                ],
                vec![],
            )
        }
        Event::CorrectionRequested {
            call_title,
            application_title,
            deficiencies,
            due,
        } => (
            format!(
                "{}: {application_title}",
                pick(
                    lang,
                    [
                        "Oferta wymaga uzupełnienia",
                        "Your offer needs corrections",
                        "Žádost je třeba doplnit",
                        "Заявка потребує виправлень"
                    ]
                )
            ),
            vec![
                format!(
                    "{} „{application_title}” ({call_title}) {}",
                    pick(
                        lang,
                        [
                            "W ocenie formalnej oferty",
                            "The formal check of the offer",
                            "Při formální kontrole žádosti",
                            "Під час формальної перевірки заявки"
                        ]
                    ),
                    pick(
                        lang,
                        [
                            "stwierdzono braki:",
                            "found these deficiencies:",
                            "byly zjištěny tyto nedostatky:",
                            "виявлено такі недоліки:"
                        ]
                    )
                ),
                format!(
                    "{} {}.",
                    pick(
                        lang,
                        [
                            "Poprawioną ofertę złóż w Granty do",
                            "Submit the corrected offer in Granty by",
                            "Opravenou žádost podejte v Granty do",
                            "Подайте виправлену заявку в Granty до"
                        ]
                    ),
                    crate::format::last_moment(*due, zone, lang)
                ),
            ],
            deficiencies.clone(),
        ),
        Event::FormallyAccepted {
            call_title,
            application_title,
        } => (
            format!(
                "{}: {application_title}",
                pick(
                    lang,
                    [
                        "Oferta poprawna formalnie",
                        "Offer passed the formal check",
                        "Žádost je formálně v pořádku",
                        "Заявка пройшла формальну перевірку"
                    ]
                )
            ),
            vec![format!(
                "{} „{application_title}” ({call_title}) {}",
                pick(lang, ["Oferta", "The offer", "Žádost", "Заявка"]),
                pick(
                    lang,
                    [
                        "przeszła ocenę formalną i zostanie oceniona merytorycznie.",
                        "passed the formal check and goes on to the merit evaluation.",
                        "prošla formální kontrolou a postupuje do věcného hodnocení.",
                        "пройшла формальну перевірку й переходить до оцінювання по суті.",
                    ]
                )
            )],
            vec![],
        ),
        Event::FormallyRejected {
            call_title,
            application_title,
            reason,
        } => (
            format!(
                "{}: {application_title}",
                pick(
                    lang,
                    [
                        "Oferta odrzucona z przyczyn formalnych",
                        "Offer rejected on formal grounds",
                        "Žádost vyřazena z formálních důvodů",
                        "Заявку відхилено з формальних причин"
                    ]
                )
            ),
            vec![
                format!(
                    "{} „{application_title}” ({call_title}) {}",
                    pick(lang, ["Oferta", "The offer", "Žádost", "Заявка"]),
                    pick(
                        lang,
                        [
                            "nie przeszła oceny formalnej.",
                            "did not pass the formal check.",
                            "neprošla formální kontrolou.",
                            "не пройшла формальну перевірку."
                        ]
                    )
                ),
                format!(
                    "{} {reason}",
                    pick(
                        lang,
                        ["Uzasadnienie:", "Reason:", "Odůvodnění:", "Обґрунтування:"]
                    )
                ),
            ],
            vec![],
        ),
        Event::AccountConfirmation { display_name } => (
            pick(lang, ["Potwierdź adres e-mail w Granty", "Confirm your email address for Granty", "Potvrďte e-mailovou adresu v Granty", "Підтвердьте адресу електронної пошти в Granty"]).to_string(),
            vec![
                format!("{display_name},"),
                pick(lang, [
                    "dziękujemy za założenie konta. Aby z niego korzystać, potwierdź adres e-mail, otwierając link poniżej w ciągu 48 godzin.",
                    "thank you for creating an account. To use it, confirm your email address by opening the link below within 48 hours.",
                    "děkujeme za založení účtu. Abyste jej mohli používat, potvrďte e-mailovou adresu otevřením odkazu níže do 48 hodin.",
                    "дякуємо за створення облікового запису. Щоб ним користуватися, підтвердьте адресу, відкривши посилання нижче протягом 48 годин.",
                ]).to_string(),
                pick(lang, [
                    "Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.",
                    "If you did not create an account, ignore this message.",
                    "Pokud jste účet nezakládali, tuto zprávu ignorujte.",
                    "Якщо ви не створювали обліковий запис, проігноруйте це повідомлення.",
                ]).to_string(),
            ],
            vec![],
        ),
        Event::PasswordReset { display_name } => (
            pick(lang, ["Ustaw nowe hasło w Granty", "Set a new password for Granty", "Nastavte nové heslo v Granty", "Встановіть новий пароль у Granty"]).to_string(),
            vec![
                format!("{display_name},"),
                pick(lang, [
                    "otrzymaliśmy prośbę o zmianę hasła. Nowe hasło ustawisz, otwierając link poniżej w ciągu 2 godzin.",
                    "we received a request to change your password. Open the link below within 2 hours to set a new one.",
                    "obdrželi jsme žádost o změnu hesla. Nové heslo nastavíte otevřením odkazu níže do 2 hodin.",
                    "ми отримали запит на зміну пароля. Відкрийте посилання нижче протягом 2 годин, щоб встановити новий.",
                ]).to_string(),
                pick(lang, [
                    "Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.",
                    "If this was not you, ignore this message: your password stays as it is.",
                    "Pokud jste to nebyli vy, zprávu ignorujte: heslo zůstane beze změny.",
                    "Якщо це були не ви, проігноруйте повідомлення: пароль залишиться без змін.",
                ]).to_string(),
            ],
            vec![],
        ),
        Event::OrganisationInvitation {
            inviter_name,
            organisation_name,
            tenant_name,
            expires_at,
        } => (
            format!(
                "{inviter_name} {} „{organisation_name}” {}",
                pick(
                    lang,
                    [
                        "zaprasza Cię do organizacji",
                        "invites you to the organisation",
                        "vás zve do organizace",
                        "запрошує вас до організації",
                    ]
                ),
                pick(lang, ["w Granty", "in Granty", "v Granty", "у Granty"])
            ),
            vec![
                format!(
                    "{inviter_name} {} „{organisation_name}” ({tenant_name}).",
                    pick(
                        lang,
                        [
                            "zaprasza Cię do wspólnej pracy nad ofertami organizacji",
                            "invites you to work together on the offers of the organisation",
                            "vás zve ke společné práci na žádostech organizace",
                            "запрошує вас до спільної роботи над заявками організації",
                        ]
                    )
                ),
                format!(
                    "{} {}.",
                    pick(
                        lang,
                        [
                            "Aby przyjąć zaproszenie, otwórz link poniżej. Jeśli nie masz jeszcze konta, ustawisz hasło. Link jest ważny do",
                            "To accept, open the link below. If you have no account yet, you will set a password. The link works until",
                            "Pozvánku přijmete otevřením odkazu níže. Pokud ještě nemáte účet, nastavíte si heslo. Odkaz platí do",
                            "Щоб прийняти запрошення, відкрийте посилання нижче. Якщо у вас ще немає облікового запису, ви встановите пароль. Посилання дійсне до",
                        ]
                    ),
                    at(*expires_at)
                ),
                pick(
                    lang,
                    [
                        "Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.",
                        "If you did not expect this invitation, ignore this message.",
                        "Pokud jste pozvánku nečekali, tuto zprávu ignorujte.",
                        "Якщо ви не очікували цього запрошення, проігноруйте це повідомлення.",
                    ]
                )
                .to_string(),
            ],
            vec![],
        ),
        Event::Reminder {
            reminder,
            offset,
            call_title,
            application_title,
            target,
            pending,
        } => {
            let when = remaining(*offset, lang);
            match reminder {
                ReminderKind::DraftDeadline => (
                    format!(
                        "{} {when}: {call_title}",
                        pick(
                            lang,
                            [
                                "Do końca naboru ofert zostało",
                                "Submissions close in",
                                "Do konce příjmu žádostí zbývá",
                                "До завершення прийому заявок залишилося"
                            ]
                        )
                    ),
                    vec![
                        format!(
                            "{} „{application_title}” {}",
                            pick(
                                lang,
                                ["Twoja oferta", "Your offer", "Vaše žádost", "Ваша заявка"]
                            ),
                            pick(
                                lang,
                                [
                                    "nie została jeszcze złożona.",
                                    "has not been submitted yet.",
                                    "ještě nebyla podána.",
                                    "ще не подана."
                                ]
                            )
                        ),
                        format!(
                            "{} {}.",
                            pick(
                                lang,
                                [
                                    "Termin składania ofert:",
                                    "Deadline:",
                                    "Termín podání:",
                                    "Кінцевий термін:"
                                ]
                            ),
                            at(*target)
                        ),
                    ],
                    vec![],
                ),
                ReminderKind::CorrectionDue => (
                    format!(
                        "{} {when}: {application_title}",
                        pick(
                            lang,
                            [
                                "Na uzupełnienie oferty zostało",
                                "Corrections are due in",
                                "Na doplnění žádosti zbývá",
                                "На виправлення заявки залишилося"
                            ]
                        )
                    ),
                    vec![format!(
                        "{} {}.",
                        pick(
                            lang,
                            [
                                "Poprawioną ofertę złóż do",
                                "Submit the corrected offer by",
                                "Opravenou žádost podejte do",
                                "Подайте виправлену заявку до"
                            ]
                        ),
                        at(*target)
                    )],
                    vec![],
                ),
                ReminderKind::FormalCheckDue => (
                    format!(
                        "{} {when}: {call_title}",
                        pick(
                            lang,
                            [
                                "Do końca oceny formalnej zostało",
                                "The formal check is due in",
                                "Do konce formální kontroly zbývá",
                                "До завершення формальної перевірки залишилося"
                            ]
                        )
                    ),
                    vec![
                        format!(
                            "{} {pending}.",
                            pick(
                                lang,
                                [
                                    "Oferty czekające na ocenę formalną:",
                                    "Offers awaiting the formal check:",
                                    "Žádosti čekající na formální kontrolu:",
                                    "Заявки, що чекають формальної перевірки:"
                                ]
                            )
                        ),
                        format!(
                            "{} {}.",
                            pick(
                                lang,
                                [
                                    "Termin oceny formalnej:",
                                    "Formal check due:",
                                    "Termín formální kontroly:",
                                    "Термін формальної перевірки:"
                                ]
                            ),
                            at(*target)
                        ),
                    ],
                    vec![],
                ),
            }
        }
    };
    Parts {
        subject,
        greeting,
        paragraphs,
        list,
        closing,
    }
}

/// "7 dni", "2 godziny", "ostatni dzień" and their equivalents.
fn remaining(offset: Offset, lang: Language) -> String {
    match offset {
        Offset::DaysBefore(0) => pick(
            lang,
            [
                "ostatni dzień",
                "the last day",
                "poslední den",
                "останній день",
            ],
        )
        .to_string(),
        Offset::DaysBefore(1) => pick(lang, ["1 dzień", "1 day", "1 den", "1 день"]).to_string(),
        Offset::DaysBefore(n) => format!(
            "{n} {}",
            plural(n, lang, ["dni", "dni", "days", "dny", "dní", "дні", "днів"])
        ),
        Offset::HoursBefore(1) => {
            pick(lang, ["1 godzina", "1 hour", "1 hodina", "1 година"]).to_string()
        }
        Offset::HoursBefore(n) => format!(
            "{n} {}",
            plural(
                n,
                lang,
                [
                    "godziny",
                    "godzin",
                    "hours",
                    "hodiny",
                    "hodin",
                    "години",
                    "годин"
                ]
            )
        ),
        // Overdue kinds (reports, returns) word their own messages; today's kinds only use
        // offsets before their target.
        Offset::DaysAfter(_) => pick(
            lang,
            ["termin minął", "overdue", "po termínu", "термін минув"],
        )
        .to_string(),
    }
}

/// Picks the plural form for n ≥ 2: [pl 2–4, pl 5+, en, cs 2–4, cs 5+, uk 2–4, uk 5+].
fn plural(n: u32, lang: Language, forms: [&'static str; 7]) -> &'static str {
    let few = (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100));
    match lang {
        Language::Pl => {
            if few {
                forms[0]
            } else {
                forms[1]
            }
        }
        Language::En => forms[2],
        Language::Cs => {
            if (2..=4).contains(&n) {
                forms[3]
            } else {
                forms[4]
            }
        }
        Language::Uk => {
            if few {
                forms[5]
            } else {
                forms[6]
            }
        }
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    fn submitted() -> Event {
        Event::ApplicationSubmitted {
            call_title: "Kultura 2027".into(),
            application_title: "Koncerty <w parku>".into(),
            organisation_name: "Fundacja".into(),
            receipt_number: "K1/2026/0001".into(),
            submitted_at: Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
            correction: false,
            content_sha256: "abc123".into(),
        }
    }

    #[test]
    fn a_receipt_in_polish_with_local_time_and_escaped_html() {
        let message = render(
            &submitted(),
            WARSAW,
            Language::Pl,
            "https://granty.example/a/1",
        );
        assert_eq!(
            message.subject,
            "Potwierdzenie złożenia oferty K1/2026/0001"
        );
        assert!(
            message.text.contains("01.12.2026 10:00:00 CET"),
            "{}",
            message.text
        );
        assert!(message.text.contains("„Koncerty <w parku>”"));
        assert!(message.html.contains("Koncerty &lt;w parku&gt;"));
        assert!(message
            .html
            .starts_with("<!DOCTYPE html><html lang=\"pl\">"));
        assert!(message.text.contains("https://granty.example/a/1"));
        let receipt = message.attachment.expect("receipt attached");
        assert_eq!(receipt.file_name, "potwierdzenie-K1-2026-0001.txt");
        assert!(receipt.content.contains("Numer: K1/2026/0001"));
        assert!(receipt.content.contains("Skrót treści (SHA-256): abc123"));
    }

    #[test]
    fn every_event_renders_in_every_language() {
        let target = Utc.with_ymd_and_hms(2026, 12, 10, 14, 30, 0).unwrap();
        let events = [
            submitted(),
            Event::CorrectionRequested {
                call_title: "K".into(),
                application_title: "A".into(),
                deficiencies: vec!["Brak podpisu".into()],
                due: target,
            },
            Event::FormallyAccepted {
                call_title: "K".into(),
                application_title: "A".into(),
            },
            Event::FormallyRejected {
                call_title: "K".into(),
                application_title: "A".into(),
                reason: "Po terminie".into(),
            },
            Event::OrganisationInvitation {
                inviter_name: "Anna Nowak".into(),
                organisation_name: "Fundacja <Muzyki>".into(),
                tenant_name: "Miasto".into(),
                expires_at: target,
            },
            Event::Reminder {
                reminder: ReminderKind::DraftDeadline,
                offset: Offset::DaysBefore(3),
                call_title: "K".into(),
                application_title: "A".into(),
                target,
                pending: 0,
            },
            Event::Reminder {
                reminder: ReminderKind::CorrectionDue,
                offset: Offset::DaysBefore(0),
                call_title: "K".into(),
                application_title: "A".into(),
                target,
                pending: 0,
            },
            Event::Reminder {
                reminder: ReminderKind::FormalCheckDue,
                offset: Offset::DaysBefore(3),
                call_title: "K".into(),
                application_title: String::new(),
                target,
                pending: 4,
            },
        ];
        for event in &events {
            let english = render(event, WARSAW, Language::En, "x");
            for lang in [Language::Pl, Language::Cs, Language::Uk] {
                let message = render(event, WARSAW, lang, "x");
                assert!(
                    !message.subject.is_empty() && message.subject != english.subject,
                    "{lang} {event:?}"
                );
                assert!(message.html.contains(&format!("lang=\"{}\"", lang.code())));
            }
        }
        let deficiencies = render(&events[1], WARSAW, Language::Pl, "x");
        assert!(deficiencies.text.contains("- Brak podpisu"));
        assert!(deficiencies.html.contains("<li>Brak podpisu</li>"));
    }

    #[test]
    fn an_invitation_names_the_inviter_the_organisation_and_the_expiry() {
        let event = Event::OrganisationInvitation {
            inviter_name: "Anna Nowak".into(),
            organisation_name: "Fundacja <Muzyki>".into(),
            tenant_name: "Miasto Testowe".into(),
            expires_at: Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap(),
        };
        let message = render(
            &event,
            WARSAW,
            Language::Pl,
            "https://granty.example/invitations/abc",
        );
        assert_eq!(
            message.subject,
            "Anna Nowak zaprasza Cię do organizacji „Fundacja <Muzyki>” w Granty"
        );
        assert!(
            message.text.contains("08.12.2026 10:00:00 CET"),
            "{}",
            message.text
        );
        assert!(message
            .text
            .contains("https://granty.example/invitations/abc"));
        assert!(message.html.contains("Fundacja &lt;Muzyki&gt;"));
        assert!(message.attachment.is_none());
    }

    #[test]
    fn reminders_count_in_each_language() {
        assert_eq!(remaining(Offset::DaysBefore(3), Language::Pl), "3 dni");
        assert_eq!(remaining(Offset::HoursBefore(2), Language::Pl), "2 godziny");
        assert_eq!(remaining(Offset::HoursBefore(5), Language::Pl), "5 godzin");
        assert_eq!(remaining(Offset::DaysBefore(7), Language::Cs), "7 dní");
        assert_eq!(remaining(Offset::DaysBefore(3), Language::Uk), "3 дні");
        assert_eq!(remaining(Offset::HoursBefore(2), Language::En), "2 hours");
        assert_eq!(
            remaining(Offset::DaysBefore(0), Language::Pl),
            "ostatni dzień"
        );
    }
}
