-- This device's learners for a records file: never the PIN hash.
SELECT id, display_name, certificate_name, language, created_at, subject_id
FROM learners
ORDER BY id
