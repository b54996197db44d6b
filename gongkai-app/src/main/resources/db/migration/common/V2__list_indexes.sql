-- Lists sort by publication (public) or by last change (back office); expiry looks for passed 有效期.
CREATE INDEX item_agency_updated ON item(agency_id, updated_at);
CREATE INDEX item_valid_until ON item(valid_until);
