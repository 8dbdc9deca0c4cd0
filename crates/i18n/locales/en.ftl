# Granty's words in English. One file per language; every message id exists in all four with the same variables (tested).

## Pages: the interface's words, asked for as {{ t.<id> }} in templates and texts::text in Rust.

skip_to_content = Skip to content
language = Language
log_in = Log in
log_out = Log out
login_title = Log in to Granty
tenant = Municipality (identifier)
tenant_hint = For example: demo
email = Email address
password = Password
login_failed = We could not log you in: check the municipality, email address and password.
form_expired = The form expired. Please try again.
there_is_a_problem = There is a problem
notifications_title = Email notifications
notifications_intro = Messages sent and waiting in the queue. Failed deliveries show the reason.
filter_all = All
status_queued = queued
status_sending = sending
status_sent = sent
status_retrying = retrying
status_failed = failed
col_created = Created
col_kind = Kind
col_recipient = Recipient
col_status = Status
col_attempts = Attempts
col_sent = Sent
col_error = Error
no_notifications = No messages.
kind_application_submitted = submission receipt
kind_correction_requested = correction request
kind_formally_accepted = formally accepted
kind_formally_rejected = formally rejected
kind_reminder_draft_deadline = deadline reminder
kind_reminder_correction_due = correction reminder
signed_in = Signed in
signed_in_as = You are signed in as
admin_only = This page is for the municipality's administrator.
calls_title = Calls for proposals
calls_open = Open now
calls_upcoming = Coming up
calls_closed = Closed
no_calls = No calls.
deadline = Deadline for offers
opens = Submissions open
budget = Funds available
state = Status
time_left = Time left
grant_range = Grant per offer
own_contribution = Required own contribution
financial = financial
non_financial = non-financial
admin_cap = Administrative costs at most
realisation = Task period
correction_days = Days to correct formal deficiencies
description = Description
criteria = Evaluation criteria
criterion = Criterion
points = Points
max_points = maximum points
required_attachments = Required attachments
none = None.
cancel_reason = Reason for cancellation
not_found = Page not found
not_found_text = Check the address or go back to the list of calls.
register_title = Create an account for your organisation
register_intro = An account lets you file offers in this municipality's calls.
register_submit = Create account
have_account = Already have an account? Log in
display_name = Full name
password_again = Repeat the password
password_hint = At least 10 characters.
email_taken = This email address already has an account: log in or set a new password.
check_inbox = Check your inbox
check_inbox_text = We sent a confirmation link. Open it within 48 hours to activate your account.
email_confirmed = Email address confirmed
email_confirmed_text = You can log in now.
link_expired = The link is no longer valid
link_expired_text = The link has expired or was already used. Ask for a new one.
email_not_confirmed = Confirm your email address first: we sent the link to your inbox.
reset_title = Forgot your password?
reset_intro = Give your account's email address and we will send a link to set a new password.
reset_submit = Send the link
reset_sent_text = If this address has an account in this municipality, we sent it a link. It is valid for 2 hours.
new_password_title = Set a new password
new_password_intro = After the change you will log in again on every device.
new_password_submit = Save the password
password_changed = Password changed
go_to_login = Go to the login page
forgot_password = Forgot your password?
create_account = Create an account for your organisation
dashboard_title = My offers
my_organisations = My organisations
no_organisation = You have no organisation yet. Add it to file offers.
add_organisation = Add an organisation
edit_profile = Edit details
my_applications = My organisations' offers
no_applications = There are no offers yet.
see_calls = See the calls
offer = Offer
call = Call
next_step = Next step
next_draft = Complete and submit by
next_correction = Correct the deficiencies by
next_wait = The office is assessing the offer.
next_none = Nothing to do.
next_late = The deadline has passed.
organisation_new = New organisation
organisation_edit = Organisation details
legal_form = Legal form
org_name = Name of the organisation
krs = KRS number
krs_hint = Not needed for simple associations and rural women's circles.
nip = NIP (tax number)
regon = REGON (statistical number)
street = Street and number
postal_code = Postal code
city = Town
phone = Phone
bank_account = Bank account (IBAN)
representative_name = Representative: full name
representative_function = Representative: function
save = Save
saved_elsewhere = Someone saved these details in the meantime. Your changes are below; save again to replace theirs.
clerk_calls_title = The municipality's calls
submissions = Submitted offers
sort_by = Sort by
apply_filter = Show
receipt = Receipt number
applicant = Applicant
requested_grant = Requested grant
sort_receipt = order of submission
sort_grant = grant (largest first)
sort_applicant = applicant's name
formal_check = Formal check
submitted_at = Submitted
total_costs = Total costs
correction_due = Correction due
automatic_checks = Automatic checks
no_problems = The offer meets every automatically checked condition.
attachments = Attachments
earlier_checks = Earlier checks
decision = Decision
outcome = Outcome of the formal check
outcome_accepted = formally correct
outcome_needs_correction = ask for corrections
outcome_rejected = reject on formal grounds
deficiencies = Deficiencies to correct
deficiencies_hint = One per line. The applicant receives them by email with the deadline.
reason = Reason
save_decision = Save the decision
choose_outcome = Choose the outcome of the formal check.
own_contribution_actual = Own contribution
new_call = New call
publish = Publish
confirm_short_deadline = deadline closer than the minimum: I confirm
published_notice = The call is published.
call_title = Title of the call
task_area = Type of public task
min_grant = Smallest grant per offer
max_grant = Largest grant per offer
min_own_contribution = Required own contribution (%)
admin_cost_cap = Cap on administrative costs (%)
opens_at = Submissions open (local time)
deadline_local = Deadline (local time)
realisation_start = Task period from
realisation_end = Task period until
required_attachments_hint = One required attachment per line.
amount_hint = An amount, e.g. 150000 or 150,000.00.
save_draft_call = Save the draft call
time_not_in_zone = This time does not exist on that day (clock change). Choose another.
editor_title = Offer for a public task
before_submitting = To complete before submitting
section_task = The task
section_schedule = Schedule of actions
section_results = Expected results
section_costs = Cost estimate
section_sources = Sources of funding
section_declarations = Declarations
no = No.
action_name = Action
from = From
until = Until
performer = Carried out by
result_name = Result
planned_value = Target value
monitoring = How it is measured
costs_hint = Granty computes values and sums. For action costs give the action's number from the schedule.
cost_kind = Kind
action_no = Action no.
cost_name = Cost
unit = Unit
unit_cost = Unit cost
quantity = Quantity
value = Value
cost_action = action cost
cost_admin = administrative cost
remuneration = The task will be carried out
unpaid = free of charge
paid = for a fee
no_arrears = no arrears
has_arrears = we have arrears
tax_arrears = Tax arrears
zus_arrears = Social security arrears
decl_public_benefit_only = We carry out the task only within our public-benefit activity.
decl_fees = We charge fees only within paid public-benefit activity.
decl_register = The organisation's details match the KRS or other register.
decl_true = All information in the offer is true.
decl_gdpr = The people whose data we give have made the required statements (GDPR).
review_and_submit = Review and submit
review_title = Review before submitting
back_to_editor = Back to editing
cannot_submit_yet = The offer cannot be submitted yet
ready_to_submit = The offer is complete. Once submitted it cannot be changed (unless the office asks for corrections).
submit_offer = Submit the offer
receipt_title = Offer submitted
digest = Content digest (SHA-256)
receipt_email = We also sent the receipt by email.
offer_title = Title of the public task
place = Place
target_group = Target group
summary = Summary of the task
start_date = Start
end_date = End
own_financial = Own financial contribution
own_personal = Personal contribution (incl. volunteers)
own_in_kind = In-kind contribution
participant_fees = Fees from participants
other_public_funds = Funds from other public sources
section_applicant = The applicant
applicant_from_profile = These details come from the organisation's profile. Change them there and the offer shows the change at once.
address = Registered address
representatives = Representatives
contact_heading = Contact person for questions about the offer
contact_hint = Give a phone number or an email address; one of them is enough.
contact_name = Full name
contact_phone = Phone
contact_email = Email address
joint_offer = Joint offer: partners
joint_offer_hint = Fill this in only when several organisations apply together. The partners are jointly and severally liable for the task.
partner = Partner
new_partner = Add a partner
partner_name = Partner's name
partner_country = Country of registration
registration_number = NIP or registration number
registration_number_hint = For a Polish organisation its NIP; for one from abroad the number in its own register (e.g. IČO, ЄДРПОУ).
partner_address = Partner's registered address
partner_scope = What the partner does in the task
cost_share = Partner's share of the costs
representation = How the applicants are represented before the authority
representation_hint = E.g. who signs the agreement and the reports on behalf of all partners.
applicant_share = The applicant's share of the costs
partner_share = Partner's share
costs_in_year = Costs in
year_values_hint = The task spans more than one year: for each cost give the part that falls in each year. The parts must add up to the line's value.
years_changed = The task's years have changed: save the offer to give the values per year.
value_in_year = Value in
grant_part = Of which from the grant
call_limits = The call's limits
limit_grant = Grant from – to
limit_own_contribution = Own contribution required, at least
limit_own_financial = Financial contribution required, at least
limit_own_non_financial = Non-financial contribution required, at least
limit_admin_costs = Administrative costs at most
country_pl = Poland
country_cz = Czechia
country_sk = Slovakia
country_ua = Ukraine
country_de = Germany
country_lt = Lithuania
nip_taken = An organisation with this NIP already has an account in Granty. If you belong to it, ask the person who registered it to invite you.
section_profile = About the applicant
previous_activity = Earlier activity in the task's field
resources = Staff, material and financial resources used for the task
section_other = Other information
other_information = Anything else that matters for the assessment (optional)
offer_content = The offer
offer_version = version
answer_yes = yes
answer_no = no
not_given = not given
call_documents = Call documents
call_documents_intro = Anyone sees these documents on the published call's page: the announcement, annexes, answers to questions.
document_title = Document title
document_title_hint = E.g. “Announcement of the call” or “Answers to questions of 5 December”.
document_added_at = Added
add_document = Add a document
document_added = Document added.
document_removed = Document removed.
partner_reads_draft = The applicant prepares and submits the offer; as a partner of the joint offer you can read it.
as_partner = partner in a joint offer
remove_member = Remove from the organisation
leave_organisation = Leave the organisation
member_removed = The person no longer belongs to the organisation.
correction_requested = The office asks for corrections. Due:
correction_how = Correct the offer below, then choose “Review and submit” to file the corrected version. The office keeps the earlier one.
formal_checklist = Formal conditions
formal_checklist_hint = Answers the automatic checks could give are already marked: confirm or change them. Judge the others yourself.
formal_on_time = Filed within the deadline
formal_eligible_applicant = The applicant is an eligible entity (art. 3(2)–(3) of the Act)
formal_statutory_activity = The task lies within the applicant's statutory activity
formal_complete_form = Every required part of the form is filled in
formal_required_attachments = The required attachments are there
formal_authorised_signatures = Confirmed by the persons authorised to represent the applicant
formal_financial_conditions = Grant limits, own contribution and the administrative cost cap are kept
answer_met = met
answer_not_met = not met
answer_not_applicable = not applicable
admin_costs = Administrative costs
sources_total = Total of the sources
start_offer = Start an offer
open_calls_for_you = Calls open now
organisation = Organisation
edit = Edit
saved = Saved.
other_attachment = other attachment
attachment_kind = Kind of attachment
attachment_file = File
attachment_hint = PDF, JPG, PNG, DOCX or ODT, up to 10 MB.
add_attachment = Add the attachment
autosaved = Saved automatically:
autosave_offline = No connection — your changes wait in the browser; we will try again shortly.
autosave_stale = Someone saved this offer in another window. Save by hand to see both versions.
remove = Remove
row = row
cannot_submit = The offer cannot be submitted
edit_call = Edit call
criteria_hint = The statutory criteria (art. 15(1)) always stay in a call: set their points. Criterion 4 applies only when supporting a task. To add a criterion of your own, fill in a blank row; to remove one you added, clear every field of its row.
criterion_name = Criterion
criterion_points = Maximum points
criterion_basis = Statutory basis
criteria_total = Total points
formal_check_days = Days for the formal check (counted from the deadline)
call_changed_elsewhere = Someone else changed this call in the meantime. Your changes are below; check them and save again to replace theirs.
call_not_editable_title = This call can no longer be edited
call_not_editable = Only a draft call can be edited, before it is published. This call's stage:
members_title = People in the organisation
members_link = People and invitations
members_intro = These people can prepare and submit the organisation's offers.
member_since = Since
pending_invitations = Pending invitations
no_pending_invitations = No pending invitations.
invited_by = Invited by
valid_until = Valid until
revoke_invitation = Cancel the invitation
invite_title = Invite a person
invite_intro = We will email a link that works for 7 days. Once the invitation is accepted, the person sees the organisation's offers and can work on them.
invite_name_hint = Optional: suggests the name when the account is created.
invite_submit = Send the invitation
invitation_sent = The invitation has been sent.
invitation_cancelled = The invitation has been cancelled: the link no longer works.
invitation_title = Invitation to an organisation
invitation_from = invites you to work together on the offers of
invitation_for = Invitation for the address
invitation_new_account = Enter your name and choose a password. The account is active at once: the link came to your email address.
invitation_existing_account = This address already has a Granty account. Enter its password to accept the invitation.
invitation_signed_in = You are logged in with this address. You can join straight away.
accept_create = Create the account and join
accept_join = Join the organisation
wrong_password = The password is not correct.
invitation_used = The invitation has already been accepted
invitation_used_text = This link has already been used once. Log in to work on the organisation's offers.
invitation_revoked = The invitation was cancelled
invitation_revoked_text = The organisation cancelled this invitation. If you are still meant to join, ask for a new one.
invitation_expired = The invitation has expired
invitation_expired_text = Invitations work for 7 days. Ask someone in the organisation for a new one.
invitation_refused = This account cannot join an organisation
invitation_refused_text = You are logged in with another account, or this account belongs to a municipality employee. Log out and open the link again.
kind_organisation_invitation = invitation to an organisation
forbidden = Access denied
forbidden_text = You are not allowed to open this page.
conflict = Not possible now
conflict_text = This cannot be done in the current state of the call or offer; the page you came from may be out of date. Go back and reload it.
staff_only = This page is for the municipality's staff.
ngo_only = This page is for non-governmental organisations.
form_expired_title = The form expired
forbidden_character_title = The form could not be saved
forbidden_character_text = The field “{ $field }” contains a control character (such as NUL) that cannot be saved. Go back, remove it and send the form again.
unavailable = Granty is unavailable for a moment
unavailable_text = We cannot reach our database right now. Please try again in a few minutes.
storage_unavailable = The file could not be stored: file storage is unavailable for a moment. The offer's text is saved; attach the file again in a few minutes.
server_error = Something went wrong
server_error_text = Something went wrong on our side. Please try again shortly.
go_home = Go to the start page

## The mode of commissioning and the days of publication (art. 11 ust. 1, art. 13).
commissioning = Mode of commissioning
commissioning_hint = When entrusting, the grant pays for the whole task: the applicant brings no own contribution and criterion 4 is not scored.
commissioning_supporting = supporting (the grant co-finances the task)
commissioning_entrusting = entrusting (the grant finances the whole task)
publication_days = Days the announcement appeared
publication_days_hint = The time to the deadline counts from the last of these days (art. 13(1)).
bip_on = in the Public Information Bulletin (BIP)
notice_board_on = on the office's notice board
website_on = on the office's website
website_on_hint = Empty: the day the call goes up in Granty.
not_recorded = not recorded
last_publication = Last day of publication
days_to_deadline = Days from the last announcement to the deadline
record_publication = Record the days
publication_recorded = The days of publication are recorded.
published_in = The announcement appeared

## The name this language gives itself, for the language switch.

language-self-name = English

## Formatting: the phases of a call, the states of an offer and durations.

phase-draft = draft
phase-published = announced, not yet open
phase-open = open for offers
phase-closed = closed
phase-in_evaluation = in evaluation
phase-results_published = results published
phase-archived = archived
phase-cancelled = cancelled

state-draft = draft
state-submitted = submitted
state-needs_correction = needs correction
state-resubmitted = corrected
state-formally_accepted = formally accepted
state-formally_rejected = formally rejected
state-withdrawn = withdrawn

# Time left until a deadline: "3 days 4 hours" or, under a day, "2 hours 5 minutes".
time-left-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
time-left-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

## Broken rules: `rule-` and the rule's code.

rule-required = This field is required.
rule-too_long = Use at most { $max } characters.
rule-too_short = Use at least { $min } characters.
rule-invalid_value = This value is not one of the allowed options.
rule-invalid_email = Enter a valid email address, e.g. name@example.org.
rule-invalid_number = Enter a number, e.g. 1234.56.
rule-too_many_decimals = Use at most { $max } decimal places.
rule-must_be_positive = The value must be greater than zero.
rule-must_not_be_negative = The value cannot be negative.
rule-amount_too_large = The amount is too large.
rule-sum_too_large = The sum of these amounts is too large to be held: check the amounts typed.
rule-forbidden_character = The text contains a control character (such as NUL) that cannot be saved: remove it.
rule-currency_mismatch = Amounts must be in { $expected }.
rule-percent_out_of_range = A percentage must be between 0 and 100.
rule-end_before_start = The end date cannot be before the start date.
rule-too_many_items = At most { $max } items are allowed.
rule-unknown_reference = The referenced item does not exist.
rule-duplicate = This value is already used.
rule-passwords_differ = The passwords differ: type the same password twice.
rule-whole_number_between = Enter a whole number from { $min } to { $max }.
rule-last_member = An organisation needs at least one person: invite someone else before you leave.
rule-already_member = This person is already a member of the organisation.
rule-already_invited = This address has already been invited; the invitation is still pending.
rule-staff_account = This address belongs to a municipality employee, who cannot join an organisation.
rule-nip_length = A NIP has 10 digits.
rule-nip_checksum = This NIP's check digit is wrong: check for a typo.
rule-regon_length = A REGON has 9 or 14 digits.
rule-regon_checksum = This REGON's check digit is wrong: check for a typo.
rule-krs_format = A KRS number has up to 10 digits.
rule-iban_country = Enter a Polish account number (PL and 26 digits).
rule-iban_length = A Polish account number has 26 digits after PL.
rule-iban_characters = An account number contains only digits after PL.
rule-iban_checksum = This account number's check digits are wrong (mod-97): check for a typo.
rule-min_grant_above_max_grant = The minimum grant cannot exceed the maximum grant.
rule-max_grant_above_budget = The maximum grant cannot exceed the call's budget of { $budget }.
rule-deadline_not_after_opening = The deadline must be after the opening.
rule-deadline_in_past = The deadline has already passed.
rule-deadline_too_soon = The deadline is only { $days } days after publication; the town requires at least { $minimum }. Confirm to publish anyway.
rule-realisation_starts_before_deadline = The realisation window should not start before the submission deadline.
rule-no_criteria = Add at least one evaluation criterion.
rule-date_outside_window = The date must be within the realisation window, { $from } to { $to }.
rule-no_actions = Add at least one action to the schedule.
rule-no_cost_lines = Add at least one cost line.
rule-unknown_action = There is no action number { $action_no } in the schedule.
rule-action_without_costs = This action has no cost lines.
rule-year_values_count = Give the value for each of the task's { $expected } years.
rule-year_values_sum = The yearly values must add up to the line's value of { $total }.
rule-grant_part_above_line = The part financed by the grant cannot exceed the line's value of { $line }.
rule-grant_parts_sum = The grant-financed parts of the lines must add up to the requested grant of { $grant }.
rule-grant_parts_not_allowed = This call does not ask for the grant-financed part of each line.
rule-totals_differ = The sources of funding ({ $sources }) must equal the total costs ({ $costs }).
rule-grant_below_minimum = The requested grant is below the call's minimum of { $minimum }.
rule-grant_above_maximum = The requested grant is above the call's maximum of { $maximum }.
rule-own_contribution_too_low = The own contribution is { $actual } of the costs; the call requires at least { $required }.
rule-financial_contribution_too_low = The own financial contribution is { $actual } of the costs; the call requires at least { $required }.
rule-non_financial_contribution_too_low = The own non-financial contribution is { $actual } of the costs; the call requires at least { $required }.
rule-admin_costs_above_cap = Administrative costs are { $actual } of the costs; the call allows at most { $cap }.
rule-attachment_missing = The required attachment "{ $name }" is missing.
rule-declaration_required = This declaration must be made before submitting.
rule-paid_not_allowed_for_simple_association = A simple association cannot carry out the task for payment.
rule-partner_is_applicant = The applicant cannot also be its own partner.
rule-partner_shares_above_total = The partners' shares cannot exceed the total costs of { $total }.
rule-deficiencies_required = List at least one deficiency to be corrected.
rule-reason_required = Give the reason for the decision.
rule-accepted_with_unmet_condition = An offer that does not meet this condition cannot be accepted: ask for a correction or reject it.
rule-file_too_large = The file is too large; the limit is { $max_megabytes } MB.
rule-file_type_not_allowed = This file type is not accepted; use { $allowed }.
rule-file_content_not_allowed = The file's content is not of an accepted type, whatever its name says; use { $allowed }.
rule-file_empty = The file is empty.
# The domain corrections of issue 8 (branch domainfix) add these rules; their `Rule` variants
# arrive when that branch is merged.
rule-all_zeros = A number made of zeros only is not valid.
rule-statutory_criterion_missing = Criterion { $point } of art. 15(1) of the public-benefit act cannot be removed: every call weighs it.
rule-own_means_criterion_only_for_support = Criterion 4 of art. 15(1) (own or other financial means) applies only to calls that support a task: remove it from a call that entrusts one.
rule-publication_date_in_future = The day of publication cannot be in the future.
rule-fees_without_paid_activity = Fees from participants can be charged only in paid activity, and the offer declares unpaid activity.
rule-fees_not_allowed_for_simple_association = A simple association cannot charge participants' fees: it runs no paid activity.
rule-other_public_funds_not_allowed = This town's form has no row for other public funds: enter such money as the financial own contribution (3.1).
rule-task_too_long = The task cannot last longer than { $max_years ->
        [one] { $max_years } year
       *[other] { $max_years } years
    }, the longest term of an agreement.

## API problems (problem+json): `problem-` and the problem's type, a title and sometimes a detail.

problem-unauthorized = Please log in to continue.
problem-forbidden = You are not allowed to do this.
problem-not-found = Not found.
problem-invalid = Please correct the marked fields.
problem-bad-request = The request is malformed.
problem-too-large = The request is too large.
problem-too-large-detail = max { $max_bytes } B
problem-state-conflict = This cannot be done now.
problem-stale-version = Someone changed this in the meantime. Your changes were not saved: compare them with the current version.
problem-conflict = This conflicts with existing data.
problem-email-not-confirmed = Confirm your email address first: we sent a link to your inbox.
problem-attachment-locked = This attachment is part of a submitted offer and cannot be removed.
problem-internal = Something went wrong on our side. Please try again shortly.
problem-unavailable = The database is unavailable for a moment. Nothing was changed; please try again shortly.
problem-storage-unavailable = File storage is unavailable for a moment. The file was not stored; please try again shortly.
problem-call-state-detail = The call's state does not allow this ({ $phase })
problem-deadline-passed = The submission deadline passed at { $at }.
problem-not-yet-open = Submissions open at { $at }.
problem-correction-period-over = The correction period ended at { $at }.
problem-application-state = The application's state does not allow this: { $state }.

## Emails: each event's template asks for these.

email-greeting = Hello,
email-open = Open in Granty
email-closing = This message was sent automatically by Granty.
# The first line of a letter to a named person.
email-addressee = { $name },

email-submitted-subject = Offer submitted: your receipt { $receipt_number }
email-resubmitted-subject = Corrected offer submitted { $receipt_number }
email-submitted-offer = The offer „{ $application_title }” ({ $organisation_name }) — call „{ $call_title }”.
email-submitted-receipt = Receipt number: { $receipt_number }. Submitted at: { $submitted_at }.

email-correction-subject = Your offer needs corrections: { $application_title }
email-correction-found = The formal check of the offer „{ $application_title }” ({ $call_title }) found these deficiencies:
email-correction-due = Submit the corrected offer in Granty by { $due }.

email-accepted-subject = Offer passed the formal check: { $application_title }
email-accepted-text = The offer „{ $application_title }” ({ $call_title }) passed the formal check and goes on to the merit evaluation.

email-rejected-subject = Offer rejected on formal grounds: { $application_title }
email-rejected-text = The offer „{ $application_title }” ({ $call_title }) did not pass the formal check.
email-rejected-reason = Reason: { $reason }

email-confirmation-subject = Confirm your email address for Granty
email-confirmation-text = thank you for creating an account. To use it, confirm your email address by opening the link below within 48 hours.
email-confirmation-ignore = If you did not create an account, ignore this message.

email-reset-subject = Set a new password for Granty
email-reset-text = we received a request to change your password. Open the link below within 2 hours to set a new one.
email-reset-ignore = If this was not you, ignore this message: your password stays as it is.

email-invitation-subject = { $inviter_name } invites you to the organisation „{ $organisation_name }” in Granty
email-invitation-text = { $inviter_name } invites you to work together on the offers of the organisation „{ $organisation_name }” ({ $tenant_name }).
email-invitation-accept = To accept, open the link below. If you have no account yet, you will set a password. The link works until { $expires_at }.
email-invitation-ignore = If you did not expect this invitation, ignore this message.

# How long is left before a reminder's deadline: 0 days is "the last day".
email-remaining-days = { $days ->
        [0] the last day
        [one] { $days } day
       *[other] { $days } days
    }
email-remaining-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
email-remaining-overdue = overdue

email-draft-deadline-subject = Submissions close in { $when }: { $call_title }
email-draft-deadline-text = Your offer „{ $application_title }” has not been submitted yet.
email-draft-deadline-at = Deadline: { $deadline }.

email-correction-due-subject = Corrections are due in { $when }: { $application_title }
email-correction-due-text = Submit the corrected offer by { $due }.

email-formal-check-due-subject = The formal check is due in { $when }: { $call_title }
email-formal-check-due-pending = Offers awaiting the formal check: { $pending }.
email-formal-check-due-at = Formal check due: { $due }.

## The submission receipt attached to the confirmation.

# The receipt's file name is the same in every language.
receipt-file-name = potwierdzenie-{ $number }.txt
receipt-title = OFFER SUBMISSION RECEIPT
receipt-number = Number
receipt-call = Call
receipt-offer = Offer
receipt-applicant = Applicant
receipt-submitted = Submitted
receipt-digest = Content digest (SHA-256)

# The audit trail of an offer (staff).
audit_history_title = Audit trail
audit_history_intro = Every change to this offer, oldest first: who made it, when, from which address and what it changed. The trail is chained by hashes; granty audit verify checks it.
audit_col_when = When
audit_col_who = Who
audit_col_action = Action
audit_col_from = From address
audit_col_changes = Changes
audit_no_entries = No entries yet.
audit_by_system = System (command line or scheduled job)
audit_action_create = Draft started
audit_action_save_draft = Draft saved
audit_action_submit = Submitted
audit_action_submit_correction = Correction submitted
audit_action_withdraw = Withdrawn
audit_action_formal_check = Formal check recorded
audit_action_upload = File attached
audit_action_delete = File removed
## Accounts and sessions: throttled logins, the account page, the lockout letter.

problem-too-many-logins = Too many failed login attempts.
too-many-logins-detail = Too many failed login attempts. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } or set a new password.
account_title = Your account
account_sessions = Sessions
account_sessions_text = If you signed in on someone else's computer or lost your phone, log out everywhere: we end every session of this account, this one included.
log_out_everywhere = Log out everywhere
email-locked-subject = We paused logins to your Granty account
email-locked-text = someone entered a wrong password for your account { $failures } times. Until { $until } we will not accept further login attempts.
email-locked-advice = If this was not you, set a new password through the link below: that also ends every session.

# --- sec-finish ---
problem-two-factor-required = This account logs in with a two-factor code: send totp_code with the password.
two_factor_login_title = Code from your app
two_factor_login_text = Your password was right. Type the six-digit code your authenticator app shows for Granty.
two_factor_code = Six-digit code
two_factor_code_wrong = This code is not right or was already used. Type the code your app shows now.
two_factor_start_again = Start again with the password
two_factor_expired = The time to type the code has passed. Log in again with your password.
two_factor_title = Two-factor login
two_factor_off_text = With two-factor login, a login needs your password and a code from an authenticator app on your phone.
two_factor_start = Set up two-factor login
two_factor_pending_text = Scan the QR code with your authenticator app, or type the key into it by hand. Then type the code it shows to turn two-factor login on. The key is shown only until then.
two_factor_qr_label = QR code for the authenticator app
two_factor_secret = Key
two_factor_uri = Address for the app (otpauth)
two_factor_confirm = Turn two-factor login on
two_factor_on_text = Two-factor login is on: every login asks for a code from your app. To turn it off, type a current code.
two_factor_disable = Turn two-factor login off
two_factor_required_notice = Your town requires two-factor login for its staff. Set it up to continue to your work.
audit_action_update = Changed
audit_action_edit = Changed
audit_action_publish = Published
audit_action_record_publication = Publication days recorded
audit_action_cancel = Cancelled
audit_action_remove_member = Member removed
audit_action_invite = Member invited
call_history_intro = Every change to this call, oldest first: who made it, when, from which address and what it changed.
organisation_history_intro = Every change to this organisation's profile and members, oldest first: who made it, when, from which address and what it changed.
history_link = Audit trail
back_to_call = Back to the call
back_to_offers = Back to the offers
people_title = Personal data
people_intro = Find a person of this town by email address: download everything Granty holds about them (the same JSON as granty person export), or erase their personal details. Submitted offers and the audit trail are kept.
people_email = Email address
people_find = Find
people_email_required = Enter an email address.
people_not_found = No person of this town has this email address.
people_found = Person found
people_download = Download the export (JSON)
people_erase = Erase personal data
people_erase_title = Erase this person's personal data?
people_erase_text = Their name, email address and password are replaced; they cannot log in any more. Submitted offers and the audit trail stay. This cannot be undone.
people_erase_confirm = Yes, erase
people_cancel = Cancel
people_erased = The person's personal data was erased.
# --- front ---
front_towns_title = Grant competitions of the towns
front_towns_intro = Choose your town to see its open calls, how to apply and where to log in.
front_no_towns = No town runs its competitions in Granty yet.
front_how_to_apply = How to apply
front_step_account = Create an account for your organisation's person and confirm it from the email.
front_step_organisation = Register your organisation (NIP, REGON, KRS, bank account).
front_step_offer = Open a call above and start an offer; it is saved as you type.
front_step_submit = Check the offer and submit it before the deadline: the receipt comes by email.
front_have_account = Already have an account?
front_account_language = Language
front_account_language_hint = Granty's pages and the emails we send you are in this language.
front_language_now = Now:
front_language_saved = The language is saved. Pages and emails are now in this language.
front_save_language = Save the language
front_language_unknown = Choose one of the listed languages.
front_forbidden_heading = You may not open this page
# --- clerk ---
email-correction-justification = The office's justification:
decision_saved = The decision has been saved
last_decision = The latest decision
decision_made_at = Decided at
justification = Justification
justification_hint = Why the office asks for a correction or rejects the offer. The applicant sees it in the email and in the editor.
correction_justification = The office's justification:
submit_correction = Submit the correction
correction_receipt_title = Correction submitted
correction_number_explained = The number { $number } means correction { $n } of the offer filed under number { $offer_number }. The office keeps the earlier version.
versions_heading = Submitted versions
version_kind = Kind
version_kind_submission = offer
version_kind_correction = correction
version_diff_heading = What changed
diff_field = Field
diff_none = The correction changed no field of the form.
activity_heading = Offers started and submitted
activity_started = Started
activity_submitted = Submitted
activity_hint = one bar per day, per hour in the last 48 hours before the deadline.
activity_table = The chart's numbers as a table
activity_period = Day or hour
activity_none = No offer has been started yet.
activity_hourly_from = 48 h before the deadline
activity_desc = Bar chart of offers per day and, in the last 48 hours before the deadline, per hour. In total { $started } started and { $submitted } submitted. The table below lists the same numbers.
sent_first_try = sent on first try
submitted_count = submitted
# --- attach ---
attachment_kind_statut = Statute of the organisation
attachment_kind_statute = Statute of the organisation
attachment_kind_krs = Extract from the National Court Register (KRS)
attachment_kind_odpis_krs = Extract from the National Court Register (KRS)
attachment_kind_pelnomocnictwo = Power of attorney
attachment_kind_inne = Other attachment
attachment_col_kind = Kind
attachment_col_file = File
attachment_col_type = Type
attachment_col_size = Size
attachment_col_uploaded = Uploaded
attachment_download = Download
attachment_replace = Replace the file
attachment_new_file = New file
attachment_remove = Remove from the offer
attachment_versions = Version history
attachment_version = Version
attachment_filed_with = filed with offer version
attachment_replaced_on = replaced
attachment_removed_on = removed
attachments_removed = Removed from the offer (kept in the history)
attachments_on_offer = The offer's attachments
attachment_upload_new = Add an attachment
attachment_not_found = This attachment is no longer on the offer: it may just have been replaced or removed. The list below is up to date.
audit_action_replace = File replaced by a new version
# --- editor ---
editor_progress = filled in: { $filled } of { $total }
editor_progress_heading = Your progress
editor_to_correct = To correct
editor_show_missing = Show everything still missing
editor_nothing_missing = Nothing is missing: the offer can be reviewed and submitted.
editor_title_limit = Maximum length in characters:
editor_characters_used = Used: %count% of %max%.
editor_rows_hint = Need more rows? Press “Add a row”. Empty rows are left out when the offer is saved.
editor_add_row = Add a row
editor_row_added = A row was added at the end of the table.
withdraw_heading = Withdraw the offer
withdraw_explanation = The office will not consider a withdrawn offer. Until the deadline you may start a new offer in this call. Withdrawal cannot be undone.
withdraw_button = Yes, withdraw the offer
withdraw_link = Withdraw the offer
withdraw_hint = Changed your mind before the deadline?
withdraw_done = The offer was withdrawn.
delete_heading = Delete the draft
delete_explanation = The draft and everything typed into it will be deleted. This cannot be undone.
delete_button = Yes, delete the draft
delete_link = Delete this draft
delete_done = The draft was deleted.
removal_refused = This cannot be done now
removal_cancel = No, go back
start_offer_login_hint = Log in with your organisation's account to start an offer; you will come back to this call.
start_offer_continues = If your organisation has already started an offer in this call, you will continue it.
problem-two-factor-enrolment-required = The town requires two-factor login of its staff: set it up on the account page before using the API.

# --- polish ---
size_kilobytes = kB
size_megabytes = MB

# --- scoring ---
rule-gate_carries_no_points = A pass/fail criterion carries no points: enter 0 as its maximum.
rule-statutory_criterion_not_gate = A statutory criterion (art. 15(1)) is scored in points; it cannot be pass/fail.
rule-points_above_maximum = This criterion carries at most { $max } points.
rule-half_points_not_allowed = This call scores in whole points only (no halves).
rule-justification_too_short = The justification needs at least { $min } characters (now { $actual }).
rule-points_required = Give points for this criterion.
rule-pass_fail_required = Say whether the offer meets this criterion.
email-scoring-due-subject = Scoring is due in { $when }: { $call_title }
email-scoring-due-pending = Scoring cards still to submit: { $pending }.
email-scoring-due-at = Scoring due: { $due }.
email-scorecard-reopened-subject = Scoring card reopened: { $application_title }
email-scorecard-reopened-text = The clerk reopened your scoring card for the offer „{ $application_title }” ({ $call_title }). You may change it and submit it again.
email-scorecard-reopened-reason = Reason: { $reason }
