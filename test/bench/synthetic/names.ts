// Swedish given names and surnames. Names with å/ä/ö/é are included on purpose: they are
// what OCR damage and name matching have to survive.

/** Given names (at least 80), some with diacritics or hyphens. */
export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Maria', 'Eva', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Malin',
  'Jenny', 'Annika', 'Helena', 'Helene', 'Camilla', 'Cecilia', 'Carina', 'Susanne', 'Pernilla', 'Jessica',
  'Monica', 'Therese', 'Ulrika', 'Ulrica', 'Petra', 'Linda', 'Elisabeth', 'Margareta', 'Ebba', 'Britta',
  'Åsa', 'Märta', 'Björg', 'Maja', 'Saga', 'Tove', 'Iréne', 'Renée', 'Andréa', 'Désirée',
  'Agnetha', 'Angelica', 'Cornelia', 'Frida', 'Hanna', 'Ida', 'Johanna', 'Josefin', 'Lotta', 'Mikaela',
  'Ann-Sofie', 'Anna-Karin', 'Eva-Lena', 'Marie', 'Sofia', 'Tina', 'Yvonne', 'Louise', 'Åse', 'Gunilla',
  'Anders', 'Johan', 'Peter', 'Lars', 'Mikael', 'Per', 'Erik', 'Magnus', 'Jörgen', 'Göran',
  'Håkan', 'Björn', 'Ulf', 'Stefan', 'Daniel', 'Christian', 'Fredrik', 'Mattias', 'Henrik', 'Andreas',
  'Rickard', 'Robert', 'Niklas', 'Nicholas', 'Tomas', 'Örjan', 'Måns', 'Pär', 'Olle', 'Jan-Åke',
  'André', 'René', 'Juan', 'Alexis', 'Shujaat', 'Ahmed', 'Mehmet', 'Taija', 'Tarja', 'Natalja',
];

/** Surnames (at least 120), including double-barrelled and diacritic forms. */
export const SURNAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson',
  'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
  'Nordström', 'Mårtensson', 'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund',
  'Nordin', 'Ström', 'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg', 'Hedlund', 'Dahlberg', 'Hellström',
  'Sjögren', 'Abrahamsson', 'Falk', 'Öberg', 'Blom', 'Ek', 'Martinsson', 'Andreasson', 'Strömberg', 'Månsson',
  'Åkesson', 'Hansen', 'Norberg', 'Lindholm', 'Dahl', 'Jonasson', 'Sundström', 'Åström', 'Ekman', 'Törnqvist',
  'Holmström', 'Svanström', 'Almgren', 'Enbuske', 'Hjertstrand', 'Lindell', 'Sundemar', 'Grabe', 'Ljungkvist', 'Larzon',
  'Melke', 'Singleton', 'Nordenhielm', 'Söderlund', 'Starke', 'Skårner', 'Gierow', 'Hedström', 'Tisell', 'Havseng',
  'Winkler', 'Brovall', 'Runevik', 'Håberg', 'Emanuelsson', 'Rönnerfors', 'Hägg', 'Antonsson', 'Mossudd', 'Arnfelt',
  'Keithsdotter Winkler', 'Wikman Ericson', 'Klang Vänerklint', 'Saapunki Björk', 'Tuomilehto Holmberg', 'Björnsdotter', 'Pellegrini', 'Navas', 'Francisca', 'Kahraman',
];
