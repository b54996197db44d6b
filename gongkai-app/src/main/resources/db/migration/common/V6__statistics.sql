-- Statistics (issue 5): the weights of the county's assessment ranking (晾晒), set by the county
-- administrator. One row per indicator; the indicators themselves are defined in code
-- (org.gongkai.statistics.Indicator), so an indicator without a row counts with weight 0.
-- V5 is left to the annual report module.
CREATE TABLE ranking_weight (
    indicator   VARCHAR(40) PRIMARY KEY,
    weight      INT         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(50) NOT NULL
);

-- Defaults summing to 100, so a score reads as "points out of 100" until the county changes them.
INSERT INTO ranking_weight (indicator, weight, updated_at, updated_by) VALUES
 ('ITEMS_PUBLISHED',  20, CURRENT_TIMESTAMP, 'system'),
 ('ITEMS_ON_TIME',    25, CURRENT_TIMESTAMP, 'system'),
 ('REQUESTS_ON_TIME', 25, CURRENT_TIMESTAMP, 'system'),
 ('REQUESTS_OVERDUE', 15, CURRENT_TIMESTAMP, 'system'),
 ('REPORT_ON_TIME',   15, CURRENT_TIMESTAMP, 'system');
