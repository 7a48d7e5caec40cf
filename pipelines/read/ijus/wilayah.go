package ijus

// Kecamatan are Semarang's 16 kecamatan, in the city's order of codes
// (the third and fourth pair of a NIK registered in Semarang: 3374 01 …),
// each with its kelurahan.
var Kecamatan = []struct {
	Nama      string
	Kelurahan []string
}{
	{"Semarang Tengah", []string{"Bangunharjo", "Brumbungan", "Gabahan", "Jagalan", "Karangkidul", "Kauman", "Kembangsari", "Kranggan", "Miroto", "Pandansari", "Pekunden", "Pendrikan Kidul", "Pendrikan Lor", "Purwodinatan", "Sekayu"}},
	{"Semarang Utara", []string{"Bandarharjo", "Bulu Lor", "Dadapsari", "Kuningan", "Panggung Kidul", "Panggung Lor", "Plombokan", "Purwosari", "Tanjung Mas"}},
	{"Semarang Timur", []string{"Bugangan", "Karangtempel", "Karangturi", "Kebonagung", "Kemijen", "Mlatibaru", "Mlatiharjo", "Rejomulyo", "Rejosari", "Sarirejo"}},
	{"Gayamsari", []string{"Gayamsari", "Kaligawe", "Pandean Lamper", "Sambirejo", "Sawah Besar", "Siwalan", "Tambakrejo"}},
	{"Genuk", []string{"Bangetayu Kulon", "Bangetayu Wetan", "Banjardowo", "Gebangsari", "Genuksari", "Karangroto", "Kudu", "Muktiharjo Lor", "Penggaron Lor", "Sembungharjo", "Terboyo Kulon", "Terboyo Wetan", "Trimulyo"}},
	{"Pedurungan", []string{"Gemah", "Kalicari", "Muktiharjo Kidul", "Palebon", "Pedurungan Kidul", "Pedurungan Lor", "Pedurungan Tengah", "Penggaron Kidul", "Plamongan Sari", "Tlogomulyo", "Tlogosari Kulon", "Tlogosari Wetan"}},
	{"Semarang Selatan", []string{"Barusari", "Bulustalan", "Lamper Kidul", "Lamper Lor", "Lamper Tengah", "Mugassari", "Peterongan", "Pleburan", "Randusari", "Wonodri"}},
	{"Candisari", []string{"Candi", "Jatingaleh", "Jomblang", "Kaliwiru", "Karanganyar Gunung", "Tegalsari", "Wonotingal"}},
	{"Gajahmungkur", []string{"Bendan Duwur", "Bendan Ngisor", "Bendungan", "Gajahmungkur", "Karangrejo", "Lempongsari", "Petompon", "Sampangan"}},
	{"Tembalang", []string{"Bulusan", "Jangli", "Kedungmundu", "Kramas", "Mangunharjo", "Meteseh", "Rowosari", "Sambiroto", "Sendangguwo", "Sendangmulyo", "Tandang", "Tembalang"}},
	{"Banyumanik", []string{"Banyumanik", "Gedawang", "Jabungan", "Ngesrep", "Padangsari", "Pedalangan", "Pudakpayung", "Srondol Kulon", "Srondol Wetan", "Sumurboto", "Tinjomoyo"}},
	{"Gunungpati", []string{"Cepoko", "Gunungpati", "Jatirejo", "Kalisegoro", "Kandri", "Mangunsari", "Ngijo", "Nongkosawit", "Pakintelan", "Patemon", "Plalangan", "Pongangan", "Sadeng", "Sekaran", "Sukorejo", "Sumurejo"}},
	{"Semarang Barat", []string{"Bojongsalaman", "Bongsari", "Cabean", "Gisikdrono", "Kalibanteng Kidul", "Kalibanteng Kulon", "Karangayu", "Kembangarum", "Krapyak", "Krobokan", "Manyaran", "Ngemplak Simongan", "Salaman Mloyo", "Tambakharjo", "Tawangmas", "Tawangsari"}},
	{"Mijen", []string{"Bubakan", "Cangkiran", "Jatibarang", "Jatisari", "Karangmalang", "Kedungpane", "Mijen", "Ngadirgo", "Pesantren", "Polaman", "Purwosari", "Tambangan", "Wonolopo", "Wonoplumbon"}},
	{"Ngaliyan", []string{"Bambankerep", "Beringin", "Gondoriyo", "Kalipancur", "Ngaliyan", "Podorejo", "Purwoyoso", "Tambakaji", "Wates", "Wonosari"}},
	{"Tugu", []string{"Jerakah", "Karanganyar", "Mangkang Kulon", "Mangkang Wetan", "Mangunharjo", "Randugarut", "Tugurejo"}},
}

// Sektor are Semarang's own categories of micro business.
var Sektor = []string{"Batik", "Handycraft", "Olahan Pangan", "Bandeng", "Pariwisata", "Lunpia", "Jamu", "Tas", "Mebel", "Logam", "lain-lain"}
