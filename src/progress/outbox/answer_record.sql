-- Puts the `answered` record (statement id ?2, actor ?3 home page and ?4 name)
-- on answer ?1's row.
UPDATE quiz_answers SET statement_id = ?2, xapi_home_page = ?3, xapi_name = ?4 WHERE id = ?1
