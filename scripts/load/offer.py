#!/usr/bin/env python3
"""A realistic offer for scripts/load-test.sh, as the editor saves it: every field of the 2018 model
offer filled, three actions, three results and LINES cost lines (two administrative), summing to
about 19 000 zł so that it meets the demo call (grants 5 000-30 000 zł, at least 10% own
contribution, administrative costs up to 15%).

    python3 offer.py START END LINES > offer.json   # START/END: the task's days, one calendar year
"""
import json
import sys

start, end, lines = sys.argv[1], sys.argv[2], int(sys.argv[3])
action_lines = lines - 2
unit = 18000 // action_lines // 4
costs = [
    {"category": "action", "action_no": i % 3 + 1, "name": f"Pozycja kosztowa {i + 1}: materiały i usługi",
     "unit": "usługa", "unit_cost": str(unit), "quantity": "4"}
    for i in range(action_lines)
] + [
    {"category": "administrative", "name": "Koordynacja projektu", "unit": "miesiąc",
     "unit_cost": "150", "quantity": "4"},
    {"category": "administrative", "name": "Obsługa księgowa", "unit": "miesiąc",
     "unit_cost": "150", "quantity": "4"},
]
total = unit * 4 * action_lines + 1200
own_financial, own_personal = -(-total * 8 // 100), -(-total * 4 // 100)
actions = ["Warsztaty muzyczne", "Koncerty plenerowe", "Podsumowanie i ewaluacja"]
offer = {
    "title": "Letnie warsztaty i koncerty dla dzieci i młodzieży z gminy",
    "place": "Park Miejski, Dom Kultury, ul. Długa 5",
    "target_group": "Dzieci i młodzież w wieku 7-15 lat oraz ich rodziny, ok. 200 osób",
    "summary": "Cykl warsztatów muzycznych zakończony koncertami plenerowymi. " * 8,
    "start_date": start,
    "end_date": end,
    "schedule": [{"name": name, "description": f"{name}: opis działania, miejsca i uczestników.",
                  "start": start, "end": end} for name in actions],
    "results": [
        {"name": "Liczba warsztatów", "planned_value": "24", "monitoring": "Listy obecności"},
        {"name": "Liczba koncertów", "planned_value": "6", "monitoring": "Dokumentacja zdjęciowa"},
        {"name": "Liczba uczestników", "planned_value": "200", "monitoring": "Ankiety"},
    ],
    "previous_activity": "Fundacja od 2015 roku prowadzi zajęcia muzyczne dla dzieci. " * 5,
    "resources": "Sala prób, nagłośnienie, instrumenty, czterech instruktorów z doświadczeniem. " * 3,
    "costs": costs,
    "sources": {"requested_grant": str(total - own_financial - own_personal),
                "own_financial": str(own_financial), "own_personal": str(own_personal)},
    "declarations": {"remuneration": "unpaid", "public_benefit_only": True,
                     "fees_only_in_paid_activity": True, "no_tax_arrears": True,
                     "no_social_security_arrears": True, "register_data_consistent": True,
                     "information_true": True, "gdpr_statements_obtained": True},
    "other_information": "Zajęcia są bezpłatne dla uczestników. " * 4,
    "contact": {"name": "Anna Nowak", "email": "anna@fundacja.pl", "phone": "+48 600 100 200"},
}
json.dump(offer, sys.stdout, ensure_ascii=False)
