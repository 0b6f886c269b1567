//! The French help of the command line.
//! Commands by name, arguments by clap's id, as `i18n::help` describes them.

use super::French;
use crate::i18n::help::{HelpHeadings, HelpTexts, OutputPurpose};

impl HelpTexts for French {
    fn command_about(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "Vérifie les classeurs d'effectifs des réseaux sociaux (personnel, répartition \
                 hebdomadaire du temps, plans des canaux)\u{a0}: dépendances à une seule personne, \
                 sous-effectif, coordination manquante et canaux «\u{a0}gratuits\u{a0}» qui \
                 coûtent du temps de travail. Écrit des copies annotées, un rapport de groupe et \
                 des constats pour les scripts."
            }
            "check" => {
                "Vérifier des classeurs (.xlsx .xlsm .xlsb .xls .ods)\u{a0}; les dossiers sont \
                 parcourus récursivement"
            }
            "merge" => {
                "Fusionner les fichiers partiels d'une exécution en lots dans le rapport de groupe \
                 et les fichiers de constats"
            }
            "rules" => {
                "Lister toutes les règles\u{a0}: code, nom, gravité par défaut et ce que chacune \
                 vérifie"
            }
            "template" => {
                "Écrire un classeur .xlsx prêt à remplir\u{a0}: une feuille de mode d'emploi, les \
                 cinq feuilles, des listes déroulantes"
            }
            "watch" => {
                "Surveiller un dossier de dépôt\u{a0}: vérifier chaque classeur qu'il contient, \
                 puis chaque classeur qui y apparaît ou y est modifié"
            }
            "serve" => {
                "Ouvrir sur cet ordinateur une page où déposer des classeurs, lire le rapport et \
                 télécharger les copies"
            }
            "explain" => {
                "Expliquer une règle\u{a0}: ce qu'elle vérifie, pourquoi c'est important, comment \
                 corriger"
            }
            "help" => "Afficher cette aide, ou l'aide de la commande indiquée",
            _ => return None,
        })
    }

    fn command_after(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "\
Exemples\u{a0}:
  teamlint check samples
  teamlint check plans/ --out results --fail-on warning --format csv
  teamlint check --files-from list.txt --shard 2/8 --part --out shared/run
  teamlint merge shared/run --out shared/run
  teamlint rules --lang de
  teamlint explain SPOF001
  teamlint watch incoming --out results
  teamlint serve"
            }
            "check" => {
                "\
Codes de sortie\u{a0}:
  0  aucun constat de gravité égale ou supérieure à --fail-on
  1  des constats de gravité égale ou supérieure à --fail-on
  2  erreur d'utilisation, ou une entrée illisible (les autres sont tout de même vérifiées)
  Avec --part\u{a0}: 0 dès que le fichier partiel est écrit (quel que soit son contenu\u{a0}; la
  fusion juge l'exécution), 2 s'il n'a pas pu être écrit.

Configuration\u{a0}: --config FICHIER, sinon teamlint.toml du dossier de travail, sinon les
valeurs par défaut. Le fichier du dossier de travail n'est pas lu lorsque le dossier de
travail est un dossier dont les classeurs sont lus, ou se trouve dans un tel dossier (un
fichier déposé ne doit pas pouvoir désactiver des règles)\u{a0}; une ligne le signale.

Sorties dans --out\u{a0}: NOM.checked.xlsx pour chaque entrée (cellules signalées avec
commentaires, feuilles Constats et Synthèse), group-report.xlsx, findings.json (plus
.csv/.parquet/.junit.xml avec --format), report.html (toute l'exécution sur une page pour un
navigateur)\u{a0}; avec --part, teamlint-part-I-of-N.jsonl.gz au lieu des sorties de groupe.
--out peut se trouver dans un dossier d'entrée, mais pas en être un\u{a0}: la recherche ignore
le dossier --out et, où qu'elles soient, les sorties de teamlint (*.checked.xlsx,
*.checked.xlsm, group-report.xlsx). Une exécution qui ne trouve ou ne lit aucun classeur
n'écrit rien (code 2)\u{a0}: les rapports d'une exécution précédente restent en place.

Exemples\u{a0}:
  teamlint check plans/ --out results
  find plans -name '*.xlsx' | teamlint check --files-from - --out results
  teamlint check --files-from list.txt --shard 3/8 --part --out /shared/run-42
      (tâche 3 sur 8\u{a0}: vérifie sa part de list.txt et écrit son fichier partiel)
  teamlint merge /shared/run-42 --out /shared/run-42
      (après les 8 tâches\u{a0}: le rapport de groupe et les constats de toute la liste)

Répartition en lots\u{a0}: chaque tâche reçoit la même liste (chemins relatifs au dossier où elle
s'exécute) et son numéro de lot\u{a0}; un classeur appartient au lot (hachage FNV-1a de son
chemin tel qu'il figure dans la liste) mod N + 1. Relancer un lot remplace son fichier
partiel. Voir docs/SCALING.md pour Kubernetes, Slurm et AWS Batch."
            }
            "merge" => {
                "\
Prend les fichiers partiels de tous les lots d'une exécution (fichiers, ou dossiers où
chercher teamlint-part-*.jsonl.gz), vérifie qu'ils vont ensemble (même compilation de
teamlint, même configuration et même liste d'entrée, chaque fichier partiel comparé à la
plupart des autres et à la fusion\u{a0}; chaque lot une seule fois\u{a0}; l'empreinte de chaque
fichier partiel\u{a0}; aucune entrée modifiée depuis sa lecture par son lot), applique les règles
de groupe à l'ensemble (COORD003, DATA004 entre classeurs) et écrit group-report.xlsx,
findings.json (plus les fichiers de --format) et report.html dans --out, exactement comme le
ferait une seule exécution sur toute la liste, dans la langue de --lang (les fichiers
partiels ne contiennent aucune phrase\u{a0}: toute langue convient)\u{a0}; avec --baseline, les constats nouveaux et résolus par
rapport à une exécution ou une fusion antérieure. Les copies annotées restent là où les lots
les ont écrites (donnez le même --out à tous les lots).

Codes de sortie\u{a0}:
  0  aucun constat de gravité égale ou supérieure à --fail-on
  1  des constats de gravité égale ou supérieure à --fail-on
  2  erreur d'utilisation, fichier partiel incompatible (autre compilation, configuration ou
     liste\u{a0}; lots manquants, nommés avec la commande pour les lancer, ou donnés deux
     fois\u{a0}; fichier partiel endommagé ou modifié\u{a0}; fichier partiel plus ancien que ses
     entrées\u{a0}: le motif le précise), ou une entrée de l'exécution n'a pas pu être lue

Exemples\u{a0}:
  teamlint merge /shared/run-42 --out /shared/run-42
  teamlint merge parts/teamlint-part-*.jsonl.gz --out report --format csv --fail-on warning"
            }
            "watch" => {
                "\
Exemples\u{a0}:
  teamlint watch incoming --out results
  teamlint watch //fileserver/hr/plans --out results --poll 10 --lang de

Un classeur est lu dès que sa taille et sa date sont restées stables pendant --settle
secondes et qu'il peut être ouvert\u{a0}; les fichiers de verrouillage d'Office (~$...) et les
fichiers cachés ou temporaires sont ignorés. Après chaque modification, la copie annotée,
group-report.xlsx, findings.json et report.html sont réécrits (chacun sous un nom
temporaire, puis renommé). Une ligne par classeur. Ctrl-C ou SIGTERM arrête la surveillance
entre deux vérifications\u{a0}: aucune sortie ne reste à moitié écrite."
            }
            "serve" => {
                "\
Exemples\u{a0}:
  teamlint serve                  puis ouvrir l'adresse affichée
  teamlint serve --port 9000 --lang de
  teamlint serve --bind 0.0.0.0 --token \"$(openssl rand -hex 24)\" --allow-host plans.intra

La page n'écoute que sur 127.0.0.1 et affiche son adresse avec un jeton aléatoire\u{a0}; les
requêtes sans le jeton, ou qui nomment un autre hôte (DNS rebinding), sont refusées (403).
Les fichiers envoyés sont conservés dans un dossier temporaire privé, vérifiés un par un et
supprimés après téléchargement ou au bout de --keep-minutes. Rien n'est envoyé nulle part."
            }
            _ => return None,
        })
    }

    fn argument_help(&self, command: &str, argument: &str) -> Option<&'static str> {
        Some(match (command, argument) {
            (_, "help") => "Afficher cette aide",
            (_, "version") => "Afficher la version de teamlint",
            ("help", "subcommand") => "La commande dont afficher l'aide",
            ("check", "paths") => "Classeurs ou dossiers à vérifier",
            ("check", "files_from") => {
                "Une liste de classeurs (ou de dossiers) à vérifier, un chemin par ligne, `-` pour \
                 l'entrée standard\u{a0}; les chemins relatifs partent du dossier de travail, et \
                 les constats nomment chaque classeur tel qu'il figure dans la liste. Les lignes \
                 vides et celles qui commencent par # sont ignorées"
            }
            ("check", "shard") => {
                "Vérifier uniquement le lot I sur N de la liste d'entrée (numérotés à partir de 1, \
                 par ex. 3/8)\u{a0}: les classeurs dont le hachage du chemin désigne ce lot. \
                 Nécessite --part"
            }
            ("check", "part") => {
                "Écrire les résultats de cette exécution dans un fichier partiel \
                 (teamlint-part-I-of-N.jsonl.gz dans --out) pour `teamlint merge`, au lieu du \
                 rapport de groupe et des fichiers de constats"
            }
            ("merge", "parts") => {
                "Fichiers partiels, ou dossiers qui les contiennent (parcourus récursivement)"
            }
            ("check" | "merge", "out") => {
                "Dossier des sorties\u{a0}; l'arborescence des dossiers d'entrée y est reproduite"
            }
            ("watch", "out") => {
                "Dossier des sorties\u{a0}; l'arborescence des dossiers d'entrée y est \
                 reproduite. Il peut se trouver dans DOSSIER"
            }
            ("check" | "merge" | "watch", "config") => {
                "Fichier de configuration avec les seuils et les gravités des règles. Par \
                 défaut\u{a0}: teamlint.toml du dossier de travail s'il existe, sauf si le \
                 dossier de travail est un dossier dont les classeurs sont lus, ou se trouve dans \
                 un tel dossier (un fichier qui y est déposé ne doit pas modifier les \
                 règles)\u{a0}; dans ce cas, uniquement --config"
            }
            ("serve", "config") => {
                "Fichier de configuration avec les seuils et les gravités des règles (par \
                 défaut\u{a0}: ./teamlint.toml s'il existe)"
            }
            (_, "fail_on") => {
                "Gravité la plus basse qui donne le code de sortie 1\u{a0}; avec `never`, le code \
                 est 0 sauf si une entrée n'a pas pu être lue. Avec --baseline, seuls les nouveaux \
                 constats comptent (voir --fail-on-all)"
            }
            (_, "baseline") => {
                "Une exécution précédente servant de référence\u{a0}: son dossier --out ou son \
                 findings.json. Chaque constat est marqué nouveau ou inchangé, les constats \
                 précédents qui ont disparu sont listés comme résolus, et --fail-on ne compte que \
                 les nouveaux constats"
            }
            (_, "fail_on_all") => {
                "Avec --baseline\u{a0}: compter tous les constats pour --fail-on, pas seulement les \
                 nouveaux"
            }
            (_, "today") => {
                "Le jour auquel les dérogations sont évaluées, AAAA-MM-JJ (par défaut\u{a0}: \
                 aujourd'hui), pour les tests et les rejeux"
            }
            ("check" | "merge", "lang") => {
                "Langue des commentaires, des feuilles ajoutées et du résumé dans le \
                 terminal\u{a0}: en, de ou fr (majuscules ou minuscules\u{a0}; de-DE, fr_FR sont \
                 aussi acceptés). Par défaut\u{a0}: la langue de LANG (de_*, fr_*), sinon en\u{a0}; \
                 une fusion prend par défaut la langue de ses fichiers partiels"
            }
            ("watch", "lang") => {
                "Langue des commentaires, des rapports et des lignes affichées\u{a0}: en, de ou fr \
                 (majuscules ou minuscules\u{a0}; de-DE, fr_FR sont aussi acceptés). Par \
                 défaut\u{a0}: la langue de LANG (de_*, fr_*), sinon en"
            }
            ("serve", "lang") => {
                "La langue des pages et des rapports\u{a0}: en, de ou fr (majuscules ou \
                 minuscules\u{a0}; de-DE, fr_FR sont aussi acceptés). Par défaut\u{a0}: celle du \
                 navigateur"
            }
            (_, "lang") => {
                "Langue\u{a0}: en, de ou fr (majuscules ou minuscules\u{a0}; de-DE, de_AT, fr-FR \
                 sont aussi acceptés). Par défaut\u{a0}: la langue de LANG (de_*, fr_*), sinon en"
            }
            (_, "jobs") => "Nombre de threads de travail (par défaut\u{a0}: un par cœur)",
            (_, "quiet") => "N'afficher que les erreurs",
            ("template", "file") => "Le classeur à écrire, par ex. plan.xlsx",
            ("template", "force") => {
                "Remplacer le fichier s'il existe (sans cette option, un fichier existant reste \
                 inchangé)"
            }
            ("watch", "folder") => "Le dossier à surveiller (sous-dossiers compris)",
            ("watch", "poll") => {
                "Examiner le dossier toutes les SECONDES secondes au lieu d'attendre les \
                 notifications de modification\u{a0}: pour les lecteurs réseau (SMB, NFS), où \
                 ces notifications n'arrivent pas"
            }
            ("watch", "settle") => {
                "Durée pendant laquelle la taille et la date d'un classeur doivent rester stables \
                 avant sa lecture (une copie en cours n'est pas lue trop tôt)"
            }
            ("serve", "port") => "Le port d'écoute\u{a0}; 0 en choisit un libre",
            ("serve", "bind") => {
                "L'adresse d'écoute. Toute autre adresse que 127.0.0.1/::1 rend la page \
                 accessible depuis d'autres machines et exige --token"
            }
            ("serve", "token") => {
                "Le jeton que l'adresse doit porter (au moins 16 caractères)\u{a0}; par \
                 défaut\u{a0}: un jeton aléatoire"
            }
            ("serve", "allow_host") => {
                "Un nom d'hôte sous lequel la page peut être atteinte en plus de localhost et de \
                 l'adresse d'écoute (répétable), par ex. le nom de la machine avec --bind 0.0.0.0"
            }
            ("serve", "max_file_mb") => "Taille maximale d'un fichier envoyé, en Mo",
            ("serve", "max_files") => "Nombre maximal de fichiers par envoi",
            ("serve", "max_upload_mb") => {
                "Taille maximale d'un envoi (tous fichiers confondus), en Mo"
            }
            ("serve", "keep_minutes") => {
                "Durée de conservation d'un résultat que personne ne télécharge, en minutes"
            }
            ("explain", "code") => {
                "Un code de règle comme SPOF001 (majuscules ou minuscules indifférentes)"
            }
            _ => return None,
        })
    }

    fn formats_help(&self, entries: &[String]) -> String {
        format!(
            "Fichiers de constats en plus de findings.json (répétable)\u{a0}: {}",
            entries.join("\u{a0}; ")
        )
    }

    fn format_entry(&self, format: &str, file: &str, purpose: OutputPurpose) -> String {
        format!("{format} ({file}\u{a0}: {})", self.output_purpose(purpose))
    }

    fn output_purpose(&self, purpose: OutputPurpose) -> &'static str {
        match purpose {
            OutputPurpose::GroupReport => "toutes les entités de tous les classeurs côte à côte",
            OutputPurpose::FindingsJson => "chaque constat avec ses chiffres typés",
            OutputPurpose::FindingsCsv => "une ligne par constat, pour un tableur",
            OutputPurpose::Junit => {
                "pour les tableaux de bord d'intégration continue\u{a0}: une suite de tests par \
                 classeur, un cas de test par règle et par entité, en échec comme le prévoit \
                 --fail-on"
            }
            OutputPurpose::Parquet => "une ligne par constat, pour les outils d'analyse de données",
            OutputPurpose::Page => "toute l'exécution sur une page pour un navigateur",
        }
    }

    fn placeholder(&self, english: &str) -> Option<&'static str> {
        // French names its placeholders in French capitals; the keys stay the English ones.
        Some(match english {
            "PATH" => "CHEMIN",
            "FILE" => "FICHIER",
            "FILE|-" => "FICHIER|-",
            "I/N" => "I/N",
            "DIR" => "DOSSIER",
            "SEVERITY" => "GRAVITÉ",
            "PREVIOUS" => "PRÉCÉDENT",
            "DATE" => "DATE",
            "FORMAT" => "FORMAT",
            "LANG" => "LANGUE",
            "N" => "N",
            "PARTS" => "PARTIES",
            "FOLDER" => "DOSSIER",
            "SECONDS" => "SECONDES",
            "PORT" => "PORT",
            "ADDRESS" => "ADRESSE",
            "TOKEN" => "JETON",
            "NAME" => "NOM",
            "MB" => "MO",
            "MINUTES" => "MINUTES",
            "CODE" => "CODE",
            "COMMAND" => "COMMANDE",
            _ => return None,
        })
    }

    fn help_headings(&self) -> HelpHeadings {
        HelpHeadings {
            usage: "Utilisation\u{a0}:",
            commands: "Commandes\u{a0}:",
            arguments: "Arguments\u{a0}:",
            options: "Options\u{a0}:",
            options_token: "[OPTIONS]",
        }
    }

    fn default_value(&self, value: &str) -> String {
        format!("[par défaut\u{a0}: {value}]")
    }

    fn possible_values(&self, values: &str) -> String {
        format!("[valeurs possibles\u{a0}: {values}]")
    }
}
