UPDATE learners
SET display_name = ?2, certificate_name = ?3, language = ?4
WHERE id = ?1
