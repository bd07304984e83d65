SELECT c.person_id AS "PersonId", c.first_name || ' ' || c.last_name AS "Name", c.crn AS "Crn", (
    SELECT count(*)::int
    FROM unnest(c.bookings_without_outcome) AS b(value)
    WHERE b.value <= '2026-12-02 18:55:47.660832+00'::timestamptz) AS "OutcomesNotRecorded", c.earliest_booking_without_outcome AS "OldestOutcome", (
    SELECT count(*)::int
    FROM unnest(c.failures_not_dealt_with) AS f0(value)
    WHERE f0.value > '2025-12-02'::date) AS "FailuresNeedingDecision", (
    SELECT min(f1.value)
    FROM unnest(c.failures_not_dealt_with) AS f1(value)
    WHERE f1.value > '2025-12-02'::date) AS "OldestFailure", c.breach_awaiting_approval_since AS "BreachReferredAt", CASE
    WHEN c.plan_signed_off_on IS NULL THEN c.plan_due_on
END AS "PlanDueOn", c.plan_signed_off_on IS NULL AND CASE
    WHEN c.plan_due_on >= '2026-11-30'::date THEN TRUE
    ELSE FALSE
END AND CASE
    WHEN c.plan_due_on <= '2026-12-06'::date THEN TRUE
    ELSE FALSE
END AS "PlanDueThisWeek"
FROM case_summaries AS c
WHERE (c.access_limitation = 'None' OR EXISTS (
    SELECT 1
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid))) AND p.id = c.person_id)) AND c.live_until >= '2026-12-02'::date AND c.responsible_officer_id = '01a23711-1b05-74ee-968c-656bcbb576d5'::uuid AND c.allocation_status = 'Allocated' AND (c.earliest_booking_without_outcome <= '2026-12-02 18:55:47.660832+00'::timestamptz OR EXISTS (
    SELECT 1
    FROM unnest(c.failures_not_dealt_with) AS f(value)
    WHERE f.value > '2025-12-02'::date) OR c.breach_awaiting_approval_since IS NOT NULL OR (c.plan_signed_off_on IS NULL AND c.plan_due_on >= '2026-11-30'::date AND c.plan_due_on <= '2026-12-06'::date));
