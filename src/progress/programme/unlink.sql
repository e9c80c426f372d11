DELETE FROM same_person_links WHERE id = ?1
