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

SELECT c.person_id, c.access_limitation, c.allocation_status, c.awaiting_allocation_since, c.bookings_without_outcome, c.breach_awaiting_approval_since, c.breach_in_progress, c.computed_with, c.crn, c.date_of_birth, c.decisions_awaiting_approval, c.earliest_booking_without_outcome, c.face_to_face_months, c.failures_not_dealt_with, c.first_appointment_due_by, c.first_name, c.first_seen_on, c.flags, c.high_rosh, c.last_face_to_face, c.last_name, c.live_until, c.mappa, c.mappa_category, c.mappa_level, c.needs_keep_others_safe_objective, c.officer_changes, c.open_oversight_actions_due, c.order_end_date, c.order_expected_end_date, c.order_id, c.order_start_date, c.order_type, c.plan_due_on, c.plan_keeps_others_safe, c.plan_person_involved, c.plan_signed_off_on, c.rar_behind_pace_from, c.rar_days_delivered, c.rar_maximum_days, c.requirements_awaiting_start, c.requirements_start_due_by, c.responsible_officer_id, c.review_due_on, c.rosh, c.team_id, c.unpaid_work_behind_pace_from, c.unpaid_work_hours_ordered, c.unpaid_work_minutes_worked, c.workload_weight
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
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p.id = c.person_id)) AND c.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid AND c.live_until >= '2026-12-02'::date AND c.allocation_status = 'Allocated' AND c.responsible_officer_id IS NOT NULL;
