-- A course version's id, title, activity base and language; base and language
-- are NULL for versions registered before format v2.
SELECT v.course_id, v.title, x.activity_base, x.language
FROM course_versions AS v
LEFT JOIN xapi_course_versions AS x ON x.course_version_id = v.id
WHERE v.id = ?1
