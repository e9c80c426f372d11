-- In key order, to be matched with the report rows in one pass; within a learner
-- and course oldest first, so the newest certificate is read last. ?1 narrows to
-- one course when not NULL.
SELECT learner_id, course_id, id
FROM certificates
WHERE ?1 IS NULL OR course_id = ?1
ORDER BY learner_id, course_id, issued_at, id
