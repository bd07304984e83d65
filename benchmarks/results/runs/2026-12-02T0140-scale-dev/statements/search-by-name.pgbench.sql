SELECT count(*)::int
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND (p.first_name || ' ' || p.last_name ILIKE '%Turner%' ESCAPE '\' OR p.last_name || ' ' || p.first_name ILIKE '%Turner%' ESCAPE '\');

SELECT p.id AS "Id", p.first_name AS "FirstName", p.last_name AS "LastName", p.crn AS "Crn", p.date_of_birth AS "DateOfBirth", (
    SELECT s.name
    FROM staff AS s
    WHERE s.id = p.responsible_officer_id
    LIMIT 1) AS "Officer"
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND (p.first_name || ' ' || p.last_name ILIKE '%Turner%' ESCAPE '\' OR p.last_name || ' ' || p.first_name ILIKE '%Turner%' ESCAPE '\')
ORDER BY p.last_name, p.first_name, p.id
LIMIT 25 OFFSET 0;
