-- Ids, party codes and ledger subjects compare byte by byte ("C"), as Java compares them: a page of
-- reports after a given id then follows Java's order whatever the database's locale, and an index
-- insert compares bytes instead of calling the locale's collation, which was much of a bulk
-- import's database work (measured with COPY of 300,000 report rows and their ledger entries).
ALTER TABLE report
    ALTER COLUMN id TYPE VARCHAR(40) COLLATE "C",
    ALTER COLUMN owner_party TYPE VARCHAR(8) COLLATE "C",
    ALTER COLUMN supersedes TYPE VARCHAR(40) COLLATE "C";
ALTER TABLE ledger_entry
    ALTER COLUMN subject TYPE VARCHAR(100) COLLATE "C";
