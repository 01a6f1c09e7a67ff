/** Invented Dutch-sounding place names. Stems are built from syllables that rarely form real
 * names, and a short list of real names that the pattern could still produce is refused. */
import type {Random} from "./random.ts";

const ONSETS = [
  "Br",
  "Dr",
  "Gr",
  "Kr",
  "Kw",
  "Zw",
  "Bl",
  "Fl",
  "Sl",
  "Sn",
  "St",
  "V",
  "W",
  "H",
  "M",
  "N",
  "L",
  "R",
  "T",
  "D",
  "B",
  "Z",
  "Sch",
  "P",
  "G",
  "K",
];
const VOWELS = ["aa", "ee", "oo", "uu", "ie", "oe", "ei", "ij", "ui", "eu", "ou", "a", "e", "i", "o", "u"];
const CODAS = ["l", "m", "n", "r", "k", "rk", "lm", "nd", "st", "ft", "ls", "rn", "mp", "ld", "s", "t", "ns", "rt"];
const PLACE_SUFFIXES = [
  "dam",
  "dijk",
  "wijk",
  "hoven",
  "broek",
  "veen",
  "horst",
  "lo",
  "oord",
  "sum",
  "um",
  "ingen",
  "zijl",
  "rade",
  "hem",
  "gaarde",
  "kerk",
  "berg",
  "drecht",
  "mond",
  "vliet",
  "woude",
  "wolde",
  "hout",
  "lede",
  "sloot",
  "erveen",
  "egem",
  "elo",
  "endam",
];
const REGION_SUFFIXES = ["land", "mark", "gouw", "waard", "erland", "stede"];
const QUARTER_SUFFIXES = [
  "kwartier",
  "park",
  "veld",
  "hof",
  "weide",
  "buurt",
  "laan",
  "akker",
  "kamp",
  "hage",
  "polder",
  "dreef",
  "rijk",
  "singel",
  "plein",
  "eiland",
];
const DIRECTIONS = ["Noord", "Zuid", "Oost", "West"];
const GENERIC_BUURTEN = [
  "Centrum",
  "Bedrijventerrein",
  "Buitengebied",
  "Oude Kern",
  "Stationsbuurt",
  "Havenkwartier",
  "Dorpskern",
  "Verspreide huizen",
];

/** Real Dutch names this syllable pattern can produce; never hand them out. */
const REFUSED = new Set([
  "Peeland",
  "Peelland",
  "Schedam",
  "Schijdam",
  "Schoningen",
  "Wouningen",
  "Zaandijk",
  "Steenwijk",
  "Harderwijk",
  "Beverwijk",
  "Rijswijk",
  "Noordwijk",
  "Katwijk",
  "Zandvoort",
  "Broekhoven",
  "Staphorst",
  "Hardenberg",
  "Valkenburg",
  "Heerhugowaard",
  "Zwijndrecht",
  "Papendrecht",
  "Sliedrecht",
  "Dordrecht",
  "Moerdijk",
  "Roermond",
  "Helmond",
  "Kerkrade",
  "Landgraaf",
  "Zeeland",
  "Friesland",
  "Flevoland",
  "Stedum",
  "Bedum",
  "Winsum",
  "Loppersum",
  "Roden",
  "Venlo",
  "Hengelo",
  "Almelo",
  "Borculo",
  "Ruinerwold",
  "Meppel",
  "Boxmeer",
  "Nuenen",
  "Leerdam",
  "Edam",
  "Volendam",
  "Schiedam",
  "Zaandam",
  "Spijkenisse",
  "Westland",
  "Hoorn",
  "Tiel",
  "Urk",
  "Goes",
  "Rucphen",
  "Doesburg",
  "Vlaardingen",
  "Heerlen",
  "Enschede",
  "Arnhem",
  "Gooi",
  "Veluwe",
  "IJsselmonde",
  "Rijnmond",
  "Groningen",
  "Voorst",
  "Brummen",
  "Olst",
  "Wijhe",
  "Raalte",
  "Lochem",
  "Sneek",
  "Stein",
  "Born",
  "Beek",
  "Horst",
  "Hulst",
  "Veere",
  "Tholen",
  "Hilversum",
  "Blaricum",
  "Laren",
  "Baarn",
  "Soest",
  "Zeist",
  "Ede",
  "Epe",
  "Putten",
  "Ermelo",
  "Nunspeet",
  "Elburg",
  "Oldebroek",
  "Hattem",
  "Heerde",
  "Dalfsen",
  "Ommen",
  "Tubbergen",
  "Dinkelland",
  "Losser",
  "Oldenzaal",
  "Borne",
  "Wierden",
  "Rijssen",
  "Holten",
  "Markelo",
  "Goor",
  "Diepenheim",
  "Haaksbergen",
  "Eibergen",
  "Neede",
  "Groenlo",
  "Lichtenvoorde",
  "Winterswijk",
  "Aalten",
  "Dinxperlo",
  "Terborg",
  "Doetinchem",
  "Zelhem",
  "Hengelo",
  "Vorden",
  "Zutphen",
  "Deventer",
  "Apeldoorn",
  "Veenendaal",
  "Rhenen",
  "Wageningen",
  "Renkum",
  "Oosterbeek",
  "Doorwerth",
]);

const endsWithVowel = (text: string) => /[aeiou]$/.test(text);

/** Avoids vowel pile-ups such as "Snaa" + "erveen". */
const compound = (stem: string, suffix: string) =>
  endsWithVowel(stem) && /^[aeiou]/.test(suffix) ? stem + suffix.slice(1) : stem + suffix;

export class NameGenerator {
  private used = new Set<string>();

  constructor(private random: Random) {}

  private stem(): string {
    const r = this.random;
    const stem = r.pick(ONSETS) + r.pick(VOWELS) + (r.chance(0.7) ? r.pick(CODAS) : "");
    return r.chance(0.25) && !endsWithVowel(stem) ? stem + "e" : stem;
  }

  /** A name unique within this generator. */
  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = make();
      if (!this.used.has(name) && !REFUSED.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error("name generator exhausted");
  }

  place(): string {
    return this.unique(() => {
      const base = compound(this.stem(), this.random.pick(PLACE_SUFFIXES));
      return this.random.chance(0.06) ? `${this.random.pick(["Oud-", "Nieuw-", "Groot-", "Sint-"])}${base}` : base;
    });
  }

  region(): string {
    return this.unique(() => {
      const base = compound(this.stem(), this.random.pick(REGION_SUFFIXES));
      return this.random.chance(0.3) ? `${this.random.pick(DIRECTIONS)}-${base}` : base;
    });
  }

  /** Wijk and buurt names: unique per generator, so create one generator per gemeente. */
  quarter(isCore: boolean): string {
    return this.unique(() => {
      const r = this.random;
      if (isCore && r.chance(0.15))
        return (
          r.pick(["Centrum", "Binnenstad", "Oude Kern", "Stationsbuurt"]) +
          (r.chance(0.5) ? "" : `-${r.pick(DIRECTIONS)}`)
        );
      if (r.chance(0.12)) return `${r.pick(GENERIC_BUURTEN)} ${this.stem()}${r.pick(["", "er", "e"])}`;
      const base = compound(this.stem(), r.pick(QUARTER_SUFFIXES));
      return r.chance(0.2) ? `${base}-${r.pick(DIRECTIONS)}` : base;
    });
  }
}
