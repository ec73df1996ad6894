-- Reference data: Cambodia's 25 provinces (lib/domain/provinces.ts), so that a database made by
-- `db:migrate:deploy` alone is ready for use. A row already present (a seeded demo database) is kept.
INSERT INTO "province" ("id", "code", "iso_code", "name_en", "name_km") VALUES
  (1, 'BMC', 'KH-1', 'Banteay Meanchey', 'បន្ទាយមានជ័យ'),
  (2, 'BTB', 'KH-2', 'Battambang', 'បាត់ដំបង'),
  (3, 'KCM', 'KH-3', 'Kampong Cham', 'កំពង់ចាម'),
  (4, 'KCH', 'KH-4', 'Kampong Chhnang', 'កំពង់ឆ្នាំង'),
  (5, 'KSP', 'KH-5', 'Kampong Speu', 'កំពង់ស្ពឺ'),
  (6, 'KTM', 'KH-6', 'Kampong Thom', 'កំពង់ធំ'),
  (7, 'KPT', 'KH-7', 'Kampot', 'កំពត'),
  (8, 'KDL', 'KH-8', 'Kandal', 'កណ្ដាល'),
  (9, 'KKG', 'KH-9', 'Koh Kong', 'កោះកុង'),
  (10, 'KRT', 'KH-10', 'Kratié', 'ក្រចេះ'),
  (11, 'MDK', 'KH-11', 'Mondulkiri', 'មណ្ឌលគិរី'),
  (12, 'PNP', 'KH-12', 'Phnom Penh', 'ភ្នំពេញ'),
  (13, 'PVH', 'KH-13', 'Preah Vihear', 'ព្រះវិហារ'),
  (14, 'PVG', 'KH-14', 'Prey Veng', 'ព្រៃវែង'),
  (15, 'PST', 'KH-15', 'Pursat', 'ពោធិ៍សាត់'),
  (16, 'RTK', 'KH-16', 'Ratanakiri', 'រតនគិរី'),
  (17, 'SRP', 'KH-17', 'Siem Reap', 'សៀមរាប'),
  (18, 'PSN', 'KH-18', 'Preah Sihanouk', 'ព្រះសីហនុ'),
  (19, 'STG', 'KH-19', 'Stung Treng', 'ស្ទឹងត្រែង'),
  (20, 'SVR', 'KH-20', 'Svay Rieng', 'ស្វាយរៀង'),
  (21, 'TKO', 'KH-21', 'Takéo', 'តាកែវ'),
  (22, 'OMC', 'KH-22', 'Oddar Meanchey', 'ឧត្ដរមានជ័យ'),
  (23, 'KEP', 'KH-23', 'Kep', 'កែប'),
  (24, 'PLN', 'KH-24', 'Pailin', 'ប៉ៃលិន'),
  (25, 'TBK', 'KH-25', 'Tboung Khmum', 'ត្បូងឃ្មុំ')
ON CONFLICT ("id") DO NOTHING;
