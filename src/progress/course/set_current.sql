INSERT INTO courses (course_id, current_version_id)
VALUES (?1, ?2)
ON CONFLICT (course_id) DO UPDATE SET current_version_id = excluded.current_version_id
