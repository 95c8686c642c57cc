// README.txt: a plain-text description of the downloadable files and their columns (UTF-8).
import { readmeText } from "../lib/columns.ts";

process.stdout.write(readmeText());
