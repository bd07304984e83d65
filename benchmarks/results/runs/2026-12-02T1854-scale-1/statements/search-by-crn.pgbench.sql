SELECT count(*)::int
FROM (
    SELECT 1
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
            WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid))) AND p.id = c.person_id)) AND c.crn = 'A000085'
    LIMIT 201
) AS c2;

SELECT c.person_id AS "PersonId", c.first_name AS "FirstName", c.last_name AS "LastName", c.crn AS "Crn", c.date_of_birth AS "DateOfBirth", (
    SELECT s.name
    FROM staff AS s
    WHERE s.id = c.responsible_officer_id
    LIMIT 1) AS "Officer"
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
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid))) AND p.id = c.person_id)) AND c.crn = 'A000085'
ORDER BY c.last_name, c.first_name, c.person_id
LIMIT 25 OFFSET 0;
