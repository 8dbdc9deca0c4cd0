"""WeasyPrint rendering HTML pages equivalent to Granty's agreement and settlement documents.

Issue 14 asks for Granty's document engine to be at least 30 times faster than WeasyPrint on
an equivalent page, measured in the same run. The pages here carry what the Granty benchmarks
(crates/documents/benches/offer_protocol.rs) render: A4, a header and a "page X of Y" footer,
headings, the agreement's clauses as paragraphs, a 30-row cost table whose header row repeats
on each page, signatories side by side, Polish diacritics, and the same DejaVu Sans faces
(embedded and subset, as Granty does).

Prints one JSON object: per document, the page count, the PDF size and the median of `runs`
renders in milliseconds (after one warm-up render, which also loads the fonts).
"""

import json
import pathlib
import statistics
import sys
import time

from weasyprint import HTML

FONTS = pathlib.Path(__file__).resolve().parents[2] / "crates" / "documents" / "fonts"

STYLE = f"""
@font-face {{ font-family: DejaVu; src: url('{(FONTS / "DejaVuSans.ttf").as_uri()}'); }}
@font-face {{ font-family: DejaVu; font-weight: bold;
  src: url('{(FONTS / "DejaVuSans-Bold.ttf").as_uri()}'); }}
@font-face {{ font-family: DejaVu; font-style: italic;
  src: url('{(FONTS / "DejaVuSans-Oblique.ttf").as_uri()}'); }}
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm;
  @top-left {{ content: "Gmina Miasto Przykładowo"; font: 8pt DejaVu; }}
  @bottom-right {{ content: "Strona " counter(page) " z " counter(pages); font: 8pt DejaVu; }} }}
body {{ font: 10pt/1.35 DejaVu; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 12pt; margin-top: 1.2em; }}
table {{ width: 100%; border-collapse: collapse; font-size: 8.5pt; }}
th, td {{ border: 0.5pt solid #444; padding: 2pt 4pt; }}
td.amount {{ text-align: right; }}
thead {{ display: table-header-group; }}
.signatures {{ display: flex; justify-content: space-between; margin-top: 3em; }}
"""

CLAUSE = (
    "Zleceniobiorca zobowiązuje się do wykonania zadania publicznego w zakresie i na zasadach "
    "określonych w umowie oraz w ofercie, a Zleceniodawca zobowiązuje się do przekazania dotacji "
    "na realizację zadania w wysokości określonej w § 3, z zachowaniem zasady gospodarności, "
    "celowości i przejrzystości wydatków; żółć, źdźbło, łąka, gęś."
)


def cost_table(rows):
    lines = "".join(
        f"<tr><td>I.{n}</td><td>Pozycja kosztorysu numer {n}: wynajem sali i nagłośnienie</td>"
        f"<td>usługa</td><td class=amount>1 500,00</td><td class=amount>2</td>"
        f"<td class=amount>3 000,00</td><td class=amount>2 700,00</td></tr>"
        for n in range(1, rows + 1)
    )
    return (
        "<table><thead><tr><th>Lp.</th><th>Rodzaj kosztu</th><th>Jednostka</th>"
        "<th>Koszt jedn. (zł)</th><th>Liczba</th><th>Wartość (zł)</th>"
        "<th>Z dotacji (zł)</th></tr></thead><tbody>" + lines + "</tbody></table>"
    )


def agreement():
    clauses = "".join(
        f"<h2>§ {n}</h2><p>{CLAUSE}</p><p><i>{CLAUSE}</i></p>" for n in range(1, 13)
    )
    return (
        "<h1>Umowa o wsparcie realizacji zadania publicznego nr 12/2027</h1>"
        "<p><b>Letnie koncerty w parku</b>, zawarta dnia 15 stycznia 2027 r. w Przykładowie</p>"
        + clauses
        + "<h2>Kosztorys</h2>"
        + cost_table(30)
        + "<div class=signatures><div>Zleceniodawca<br><br>……………</div>"
        "<div>Zleceniobiorca<br><br>……………</div></div>"
    )


def settlement():
    returns = "".join(
        f"<tr><td>{label}</td><td class=amount>{amount}</td><td>{date}</td></tr>"
        for label, amount, date in [
            ("Niewykorzystana dotacja", "1 250,00", "2027-12-15"),
            ("Dotacja pobrana w nadmiernej wysokości", "300,00", "2028-01-20"),
            ("Odsetki od zwrotu po terminie", "12,47", "2028-01-20"),
        ]
    )
    return (
        "<h1>Rozliczenie dotacji – umowa nr 12/2027</h1>"
        f"<p>{CLAUSE}</p>"
        "<h2>Wydatki według kosztorysu</h2>"
        + cost_table(30)
        + "<h2>Zwroty</h2><table><thead><tr><th>Tytuł</th><th>Kwota (zł)</th>"
        "<th>Data wpływu</th></tr></thead><tbody>"
        + returns
        + "</tbody></table>"
        + "".join(f"<p>{CLAUSE}</p>" for _ in range(8))
    )


def measure(body, runs):
    html = f"<!doctype html><html lang=pl><meta charset=utf-8><style>{STYLE}</style>{body}</html>"
    document = HTML(string=html)
    warm = document.render()
    pdf = warm.write_pdf()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        HTML(string=html).write_pdf()
        times.append((time.perf_counter() - started) * 1000)
    return {
        "pages": len(warm.pages),
        "bytes": len(pdf),
        "median_ms": round(statistics.median(times), 1),
        "runs": runs,
    }


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(json.dumps({"agreement": measure(agreement(), runs),
                      "settlement": measure(settlement(), runs)}))
