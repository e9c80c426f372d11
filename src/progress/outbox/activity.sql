-- How to describe one activity: its definition as registered, else (for
-- versions registered before format v2) its title and kind from the course
-- structure. ?2 = 'quiz' also finds the final assessment.
SELECT a.kind, a.parent_kind, a.parent_id, a.definition, a.max_points, i.title, i.kind
FROM (SELECT 1) AS one
LEFT JOIN xapi_activities AS a
    ON a.course_version_id = ?1 AND a.item_id = ?3
   AND (a.kind = ?2 OR (?2 = 'quiz' AND a.kind = 'final_assessment'))
LEFT JOIN course_items AS i
    ON i.course_version_id = ?1 AND i.item_id = ?3
