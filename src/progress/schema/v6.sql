-- Progress format v6: the trainer's "these are the same person" links. A learner
-- who used two laptops has a record on each; the trainer joins them, and the
-- programme view and the report show one learner. Each link joins two records
-- and is never changed: undoing a merge deletes its link, so the view is again
-- exactly what it was. Records that links join by one or more steps are one
-- person (see `progress/programme`).
--
-- A record is named by its device and its id there: `''` for this laptop's own
-- learners, else the collected device's id. Nothing refers to the collected
-- tables, so collecting a newer export of a device (which replaces its rows)
-- keeps the links; a link to a record that is gone joins nothing.
CREATE TABLE same_person_links (
    id INTEGER PRIMARY KEY,
    first_device TEXT NOT NULL,
    first_learner INTEGER NOT NULL,
    second_device TEXT NOT NULL,
    second_learner INTEGER NOT NULL,
    -- When the trainer made it (Unix milliseconds).
    linked_at INTEGER NOT NULL,
    CHECK (first_device <> second_device OR first_learner <> second_learner)
) STRICT;
