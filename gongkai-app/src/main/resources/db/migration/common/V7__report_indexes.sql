-- Indexes for the annual report's counts (bench/report, bench/RESULTS.md "Annual report"); H2 and PostgreSQL.

-- 行政规范性文件: a few % of the items; without it the report read every published item of the agencies
CREATE INDEX item_normative ON item(normative, agency_id, status);

-- 信息处理费: start from the FEE_NOTICE events instead of reading every event of every request
CREATE INDEX info_request_event_action ON info_request_event(action, request_id);

-- 办理结果 by date of reply (received_on already has info_request_received)
CREATE INDEX info_request_replied ON info_request(agency_id, replied_on);
