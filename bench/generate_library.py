#!/usr/bin/env python3
"""Writes a library of N distinct handouts for the benchmark, varied from the seed and the fixtures.

Every handout is put together from blocks taken from the seed handout (source-content/) and the
valid fixture handouts under src/test/resources/: paragraphs re-composed from the seed's
sentences, quotes with and without attribution, lists of varying length (some nested, some
numbered), the fixtures' tables, call-outs and images, and inline markup. Each handout aims at a
length of 1 to 6 standard pages. The same seed and N always give the same library, byte for byte.

Usage: generate_library.py [--count N] [--seed S] OUTPUT_FOLDER
Writes OUTPUT_FOLDER/source-content/NNNN-<topic>.md and the images they show under
OUTPUT_FOLDER/source-content/images/.
"""

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "source-content" / "understanding-relapse.md"
# Only fixtures the build accepts: the emoji fixtures are refused by design (no glyph in the
# bundled font) and the others under source/ are deliberately broken. render/every-block.md
# fails its own DOCX check (see HandoutWriter.block), but each of its blocks is fine on its own.
FIXTURES = [
    REPO / "src/test/resources/source/every-block.md",
    REPO / "src/test/resources/render/every-block.md",
    REPO / "src/test/resources/docx/every-block.md",
]
# Titles and headings stay short enough to fit one large-print line: a heading that wraps fails
# the large-print line-spacing check (its line height is below 1.5), which is a product bug to
# fix, not something a throughput benchmark should trip over.
TOPICS = [
    "About relapse", "Your medicine", "Cravings", "Your care team", "Your visit", "After a setback",
    "Your supporters", "Managing stress", "Sleep", "Staying on track", "Questions", "Self-care",
]
LANGUAGES = ["en-US", "en-US", "en-US", "en-GB", "es-MX", "de-DE"]
ORGANIZATIONS = ["Example Clinic", "Riverside Clinic", "Northside Health Center", None]
ATTRIBUTIONS = ["Personal experience", "A patient", "Someone *wise*", "A counselor", "A family member"]
NOTE_KINDS = ["NOTE", "TIP", "WARNING"]
# Words per standard Letter page, measured on generated handouts (headings, quotes and lists
# take more room than running text, so this is lower than a page of plain prose).
WORDS_PER_PAGE = 270


def front_matter_and_body(path):
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[4:end], text[end + 5:]
    return "", text


def chunks(body):
    """The body's top-level blocks: the fixtures separate every block with a blank line."""
    return [c.strip("\n") for c in re.split(r"\n\s*\n", body) if c.strip()]


class Pool:
    """Everything a generated handout can be made of, read from the seed and the fixtures."""

    def __init__(self):
        self.sentences = []
        self.quotes = []
        self.list_items = []
        self.section_headings = []
        self.rich_paragraphs = []
        self.tables = []
        self.notes = []
        self.images = []  # (fixture folder, markdown line)
        for source in [SEED] + FIXTURES:
            _, body = front_matter_and_body(source)
            for chunk in chunks(body):
                self._take(source, chunk)
        # List items are read back and compared; a PDF line that breaks after a hyphen reads back
        # as "opioid- free" (a reader bug), so hyphenated sentences stay out of lists.
        self.short_sentences = [s for s in self.sentences if len(s) < 120 and "-" not in s]

    def _take(self, source, chunk):
        first = chunk.lstrip()
        if first.startswith("# "):
            return
        if first.startswith("#"):
            self.section_headings.append(first.lstrip("#").strip())
        elif first.startswith("> [!"):
            self.notes.append(" ".join(line.lstrip("> ").strip() for line in chunk.splitlines()[1:]))
        elif first.startswith(">"):
            lines = [line[1:].strip() for line in chunk.splitlines()]
            text = " ".join(line for line in lines if line and not line.startswith(("—", "–", "--")))
            self.quotes.append(text)
        elif first.startswith("|"):
            self.tables.append(chunk)
        elif first.startswith("!["):
            self.images.append((source.parent, chunk))
        elif re.match(r"([-*]|\d+\.)\s", first):
            for line in chunk.splitlines():
                item = re.sub(r"^\s*([-*]|\d+\.)\s+", "", line).strip()
                if item:
                    self.list_items.append(item)
        elif source == SEED:
            self.sentences.extend(s for s in re.split(r"(?<=[.?!])\s+", " ".join(chunk.split())) if s)
        else:
            self.rich_paragraphs.append(chunk)


class HandoutWriter:
    """Composes one handout from the pool; every choice comes from one seeded random source."""

    def __init__(self, pool, rng, images_folder):
        self.pool = pool
        self.rng = rng
        self.images_folder = images_folder

    def handout(self, number):
        rng = self.rng
        topic = rng.choice(TOPICS)
        pages = rng.randint(1, 6)
        # The last block may overshoot the budget, so aim a little short of the page count.
        budget = pages * WORDS_PER_PAGE - 80
        # JSON strings are valid YAML and keep a sentence's colons and quotes from being read as syntax.
        lines = ["---", f"title: {json.dumps(f'{topic} {number}', ensure_ascii=False)}",
                 f"lang: {rng.choice(LANGUAGES)}",
                 f"summary: {json.dumps(rng.choice(self.pool.sentences), ensure_ascii=False)}"]
        organization = rng.choice(ORGANIZATIONS)
        if organization:
            lines.append(f"organization: {organization}")
        if rng.random() < 0.5:
            lines.append(f"reviewed: 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}")
        lines.append(f"keywords: [{', '.join(rng.sample(['relapse', 'recovery', 'medicine', 'support', 'visit', 'stress'], 2))}]")
        lines += ["---", f"# {topic} {number}", ""]
        blocks = [self.paragraph()]
        words = len(blocks[0].split())
        heading_level = 1
        while words < budget:
            if rng.random() < 0.18 and not blocks[-1].startswith("#"):
                heading_level = 2 if heading_level == 1 else rng.choice([2, heading_level, min(heading_level + 1, 3)])
                blocks.append("#" * heading_level + " " + self.section_heading())
                continue
            block = self.block(blocks[-1])
            blocks.append(block)
            words += len(block.split())
        if blocks[-1].startswith("#"):
            blocks.append(self.paragraph())
        return topic, "\n".join(lines) + "\n" + "\n\n".join(blocks) + "\n"

    def section_heading(self):
        return self.rng.choice(self.pool.section_headings + TOPICS)

    def block(self, previous):
        rng = self.rng
        kind = rng.choices(["paragraph", "rich", "quote", "list", "table", "note", "image"],
                           weights=[40, 6, 16, 16, 5, 8, 4])[0]
        # The DOCX reader joins a quote without attribution to the next quote unless a paragraph
        # with text comes between them (a reader bug; images do not count): keep them apart with
        # a paragraph so every handout checks clean.
        if previous.startswith(">") and "\n>\n> —" not in previous:
            kind = "paragraph"
        return getattr(self, kind)()

    def paragraph(self):
        rng = self.rng
        sentences = rng.sample(self.pool.sentences, rng.randint(2, 6))
        if rng.random() < 0.3:
            word_at = rng.randrange(len(sentences))
            words = sentences[word_at].split(" ")
            pick = rng.randrange(len(words))
            words[pick] = rng.choice(["*{}*", "**{}**"]).format(words[pick]) if re.fullmatch(r"\w+", words[pick]) else words[pick]
            sentences[word_at] = " ".join(words)
        return " ".join(sentences)

    def rich(self):
        return self.rng.choice(self.pool.rich_paragraphs)

    def quote(self):
        rng = self.rng
        text = rng.choice(self.pool.quotes)
        if rng.random() < 0.75:
            return f"> {text}\n>\n> — {rng.choice(ATTRIBUTIONS)}"
        return f"> {text}"

    def list(self):
        rng = self.rng
        count = rng.randint(2, 8)
        items = rng.sample(self.pool.list_items + self.pool.short_sentences, count)
        ordered = rng.random() < 0.4
        lines = []
        for index, item in enumerate(items, start=1):
            lines.append(f"{index}. {item}" if ordered else f"- {item}")
            if rng.random() < 0.15:
                for nested in rng.sample(self.pool.list_items, rng.randint(1, 3)):
                    lines.append(f"   - {nested}" if ordered else f"  - {nested}")
        return "\n".join(lines)

    def table(self):
        return self.rng.choice(self.pool.tables)

    def note(self):
        rng = self.rng
        text = rng.choice(self.pool.notes + self.pool.sentences)
        return f"> [!{rng.choice(NOTE_KINDS)}]\n> {text}"

    def image(self):
        folder, markdown = self.rng.choice(self.pool.images)
        name = re.search(r"\]\(([^) ]+)", markdown).group(1)
        # Fixture folders may share image names, so each copy is named after its folder too.
        copy = f"{folder.name}-{name}"
        target = self.images_folder / copy
        if not target.exists():
            shutil.copyfile(folder / name, target)
        return markdown.replace(f"]({name}", f"](images/{copy}", 1)


def slug(topic):
    return re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="handouts to write (default: 200)")
    parser.add_argument("--seed", type=int, default=8, help="random seed (default: 8)")
    parser.add_argument("output", type=Path, help="folder to write source-content/ into")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")
    folder = args.output / "source-content"
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    writer = HandoutWriter(Pool(), random.Random(args.seed), images)
    bodies = set()
    for number in range(1, args.count + 1):
        topic, text = writer.handout(number)
        # The title carries the number; the rest must differ too, or two handouts would be the
        # same work twice.
        body = hashlib.sha256(text.split("\n# ", 1)[1].split("\n", 1)[1].encode()).hexdigest()
        if body in bodies:
            sys.exit(f"generate_library: handout {number} repeats an earlier one; try another --seed")
        bodies.add(body)
        (folder / f"{number:04d}-{slug(topic)}.md").write_text(text, encoding="utf-8")
    print(f"{args.count} handouts in {folder}")


if __name__ == "__main__":
    main()
