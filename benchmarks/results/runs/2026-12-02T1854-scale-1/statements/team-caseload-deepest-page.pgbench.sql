SELECT s1.id, s1.team_id, s1.c, s2.id, s2.name, s2.grade
FROM (
    SELECT s.id, s.team_id, (
        SELECT t.name
        FROM teams AS t
        WHERE t.id = s.team_id
        LIMIT 1) AS c
    FROM staff AS s
    WHERE s.id = '01a23711-1b03-7dce-9a09-60d8a4f14bb2'::uuid AND s.team_id IS NOT NULL
    LIMIT 2
) AS s1
LEFT JOIN (
    SELECT s0.id, s0.name, s0.grade, s0.team_id
    FROM staff AS s0
    WHERE s0.is_active
) AS s2 ON s1.team_id = s2.team_id
ORDER BY s1.id, s2.name, s2.id;

SELECT count(*)::int AS "Cases", count(*) FILTER (WHERE c2.earliest_booking_without_outcome <= '2026-12-02 18:55:49.491864+00'::timestamptz)::int AS "OutcomeNotRecorded", count(*) FILTER (WHERE c2.plan_signed_off_on IS NULL AND c2.plan_due_on < '2026-12-02'::date)::int AS "PlanOverdue", count(*) FILTER (WHERE c2.plan_signed_off_on IS NULL AND c2.plan_due_on >= '2026-12-02'::date AND c2.plan_due_on <= '2026-12-09'::date)::int AS "PlanDue", count(*) FILTER (WHERE c2.first_seen_on IS NULL AND c2.first_appointment_due_by < '2026-12-02'::date)::int AS "FirstAppointmentLate", count(*) FILTER (WHERE c2.requirements_awaiting_start > 0 AND c2.requirements_start_due_by < '2026-12-02'::date)::int AS "RequirementNotStarted", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM unnest(c2.failures_not_dealt_with) AS f(value)
    WHERE f.value > '2025-12-02'::date))::int AS "FailureWithoutDecision", count(*) FILTER (WHERE c2.review_due_on <= '2026-12-02'::date)::int AS "ReviewDue", count(*) FILTER (WHERE c2.rar_behind_pace_from <= '2026-12-02'::date)::int AS "RarBehindPace", count(*) FILTER (WHERE c2.unpaid_work_behind_pace_from <= '2026-12-02'::date)::int AS "UnpaidWorkBehindPace"
FROM (
    SELECT c.earliest_booking_without_outcome, c.failures_not_dealt_with, c.first_appointment_due_by, c.first_seen_on, c.plan_due_on, c.plan_signed_off_on, c.rar_behind_pace_from, c.requirements_awaiting_start, c.requirements_start_due_by, c.review_due_on, c.unpaid_work_behind_pace_from, 1 AS "Key"
    FROM case_summaries AS c
    WHERE (c.access_limitation = 'None' OR EXISTS (
        SELECT 1
        FROM people AS p
        WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c0
            WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c1
            WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p.id = c.person_id)) AND c.live_until >= '2026-12-02'::date AND c.allocation_status = 'Allocated' AND c.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid
) AS c2
GROUP BY c2."Key"
LIMIT 2;

SELECT c.person_id, c.access_limitation, c.allocation_status, c.awaiting_allocation_since, c.bookings_without_outcome, c.breach_awaiting_approval_since, c.breach_in_progress, c.computed_with, c.crn, c.date_of_birth, c.decisions_awaiting_approval, c.earliest_booking_without_outcome, c.face_to_face_months, c.failures_not_dealt_with, c.first_appointment_due_by, c.first_name, c.first_seen_on, c.flags, c.high_rosh, c.last_face_to_face, c.last_name, c.live_until, c.mappa, c.mappa_category, c.mappa_level, c.needs_keep_others_safe_objective, c.officer_changes, c.open_oversight_actions_due, c.order_end_date, c.order_expected_end_date, c.order_id, c.order_start_date, c.order_type, c.plan_due_on, c.plan_keeps_others_safe, c.plan_person_involved, c.plan_signed_off_on, c.rar_behind_pace_from, c.rar_days_delivered, c.rar_maximum_days, c.requirements_awaiting_start, c.requirements_start_due_by, c.responsible_officer_id, c.review_due_on, c.rosh, c.team_id, c.unpaid_work_behind_pace_from, c.unpaid_work_hours_ordered, c.unpaid_work_minutes_worked, c.workload_weight, (
    SELECT s.name
    FROM staff AS s
    WHERE s.id = c.responsible_officer_id
    LIMIT 1) AS "OfficerName", (
    SELECT min(b.value)
    FROM unnest(c.bookings_without_outcome) AS b(value)
    WHERE b.value > '2026-12-02 18:55:49.491864+00'::timestamptz) AS "NextAppointment", (
    SELECT count(*)::int
    FROM unnest(c.bookings_without_outcome) AS b0(value)
    WHERE b0.value <= '2026-12-02 18:55:49.491864+00'::timestamptz) AS "OutcomesNotRecorded", (
    SELECT count(*)::int
    FROM unnest(c.open_oversight_actions_due) AS o(value)
    WHERE o.value < '2026-12-02'::date) AS "OverdueOversightActions"
FROM case_summaries AS c
WHERE (c.access_limitation = 'None' OR EXISTS (
    SELECT 1
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p.id = c.person_id)) AND c.live_until >= '2026-12-02'::date AND c.allocation_status = 'Allocated' AND c.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid
ORDER BY c.last_name, c.first_name, c.person_id
LIMIT 25 OFFSET 375;
