"""Column lists of the formats analysts already use, and the code tables the exports need.

Copied as facts (column names in order, code numbers), so that the installed program never reads the
reference folder at run time. Sources, as gathered in the project's shared reference data:
- GDELT_EVENT_COLUMNS / GDELT_COLUMN_TYPES: the GDELT 2.0 Event Codebook's 61 columns, via gdeltPyR
  `data/events2.csv` (shared `data/formats/gdelt_events2_columns.tsv`).
- POLECAT_COLUMNS: the 40-column POLECAT weekly TSV released on Harvard Dataverse (doi:10.7910/DVN/AJGVIT),
  header as quoted in shenyangHuang/TGB `tgb/datasets/tkgl_polecat/tkgl_polecat.py`
  (shared `data/formats/polecat_columns.txt`).
- COW_CODES: Correlates of War state numbers of current states, keyed by ISO 3166-1 alpha-3, from
  ahalterman/NGEC @787a06b `NGEC/assets/cow2iso.txt` (rows with no end year); SRB 345 and KOS 347 added
  from the COW State System Membership list (v2016), which that file lacks.
tests/test_export_formats.py checks these constants against the reference files when they are present.
"""
from __future__ import annotations

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name',
    'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
    'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code', 'Actor2Code',
    'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
    'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code', 'IsRootEvent',
    'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
    'NumSources', 'NumArticles', 'AvgTone', 'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode',
    'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
    'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code',
    'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID', 'ActionGeo_Type',
    'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
    'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
)

# The codebook's type of each column (INTEGER, FLOAT, STRING), in the same order.
GDELT_COLUMN_TYPES: tuple[str, ...] = (
    'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'FLOAT', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING',
    'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'STRING',
    'STRING', 'STRING', 'STRING', 'STRING', 'STRING', 'INTEGER', 'STRING', 'STRING', 'STRING', 'INTEGER',
    'FLOAT', 'INTEGER', 'INTEGER', 'INTEGER', 'FLOAT', 'INTEGER', 'STRING', 'STRING', 'STRING', 'STRING',
    'FLOAT', 'FLOAT', 'STRING', 'INTEGER', 'STRING', 'STRING', 'STRING', 'STRING', 'FLOAT', 'FLOAT',
    'STRING', 'INTEGER', 'STRING', 'STRING', 'STRING', 'STRING', 'FLOAT', 'FLOAT', 'STRING', 'INTEGER',
    'STRING',
)

POLECAT_COLUMNS: tuple[str, ...] = (
    'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts', 'Actor Name',
    'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw',
    'Wikipedia Actor ID', 'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector',
    'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID', 'Placename',
    'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename',
    'Feature Type', 'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations',
    'Language', 'Version',
)

COW_CODES: dict[str, int] = {
    'KOS': 347, 'SRB': 345,  # COW State System Membership v2016 (absent from cow2iso.txt)
    'AFG': 700, 'AGO': 540, 'ALB': 339, 'AND': 232, 'ARE': 696, 'ARG': 160, 'ARM': 371, 'ATA': 58,
    'AUS': 900, 'AUT': 305, 'AZE': 373, 'BDI': 516, 'BEL': 211, 'BEN': 434, 'BFA': 439, 'BGD': 771,
    'BGR': 355, 'BHR': 692, 'BHS': 31, 'BIH': 346, 'BLR': 370, 'BLZ': 80, 'BOL': 145, 'BRA': 140, 'BRB': 53,
    'BRN': 835, 'BTN': 760, 'BWA': 571, 'CAF': 482, 'CAN': 20, 'CHE': 225, 'CHL': 155, 'CHN': 710,
    'CIV': 437, 'CMR': 471, 'COD': 490, 'COG': 484, 'COL': 100, 'COM': 581, 'CPV': 402, 'CRI': 94, 'CUB': 40,
    'CYP': 352, 'CZE': 316, 'DEU': 255, 'DJI': 522, 'DMA': 54, 'DNK': 390, 'DOM': 42, 'DZA': 615, 'ECU': 130,
    'EGY': 651, 'ERI': 531, 'ESP': 230, 'EST': 366, 'ETH': 530, 'FIN': 375, 'FJI': 950, 'FRA': 220,
    'FSM': 987, 'GAB': 481, 'GBR': 200, 'GEO': 372, 'GHA': 452, 'GIN': 438, 'GMB': 420, 'GNB': 404,
    'GNQ': 411, 'GRC': 350, 'GRD': 55, 'GTM': 90, 'GUY': 110, 'HND': 91, 'HRV': 344, 'HTI': 41, 'HUN': 310,
    'IDN': 850, 'IND': 750, 'IRL': 205, 'IRN': 630, 'IRQ': 645, 'ISL': 395, 'ISR': 666, 'ITA': 325,
    'JAM': 51, 'JOR': 663, 'JPN': 740, 'KAZ': 705, 'KEN': 501, 'KGZ': 703, 'KHM': 811, 'KIR': 946, 'KNA': 60,
    'KOR': 732, 'KWT': 690, 'LAO': 812, 'LBN': 660, 'LBR': 450, 'LBY': 620, 'LCA': 56, 'LKA': 780,
    'LSO': 570, 'LTU': 368, 'LUX': 212, 'LVA': 367, 'MAC': 343, 'MAR': 600, 'MDA': 359, 'MDG': 580,
    'MDV': 781, 'MEX': 70, 'MHL': 983, 'MKD': 343, 'MLI': 432, 'MLT': 338, 'MMR': 775, 'MNE': 341,
    'MNG': 712, 'MOZ': 541, 'MRT': 435, 'MUS': 590, 'MWI': 553, 'MYS': 820, 'NAM': 565, 'NER': 436,
    'NGA': 475, 'NIC': 93, 'NLD': 210, 'NOR': 385, 'NPL': 790, 'NRU': 970, 'NZL': 920, 'OMN': 698,
    'PAK': 770, 'PAN': 95, 'PER': 135, 'PHL': 840, 'PLW': 986, 'PNG': 910, 'POL': 290, 'PRK': 731,
    'PRT': 235, 'PRY': 150, 'QAT': 694, 'ROU': 360, 'RUS': 365, 'RWA': 517, 'SAU': 670, 'SDN': 625,
    'SEN': 433, 'SGP': 830, 'SLB': 940, 'SLE': 451, 'SLV': 92, 'SMR': 331, 'SOM': 520, 'SSD': 626,
    'STP': 403, 'SUR': 115, 'SVK': 317, 'SVN': 349, 'SWE': 380, 'SWZ': 572, 'SYC': 591, 'SYR': 652,
    'TCD': 483, 'TGO': 461, 'THA': 800, 'TJK': 702, 'TKM': 701, 'TLS': 860, 'TON': 955, 'TTO': 52,
    'TUN': 616, 'TUR': 640, 'TUV': 947, 'TZA': 510, 'UGA': 500, 'UKR': 369, 'URY': 165, 'USA': 2, 'UZB': 704,
    'VCT': 57, 'VEN': 101, 'VNM': 817, 'VUT': 935, 'WSM': 990, 'YEM': 679, 'ZAF': 560, 'ZMB': 551,
    'ZWE': 552,
}
