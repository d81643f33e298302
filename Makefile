# For Swift users: `make install PREFIX=~/.local` builds planner and puts it, its man page and its
# shell completions where shells and `man` look (README "Install", docs/install.md).
# `make package` builds the release archive and the Debian package (Scripts/package.sh).
# NO_BUILD=1 BINARY=path installs an already built binary (Tests/package/make-install.sh).

PREFIX ?= /usr/local
DESTDIR ?=
BINARY ?= .build/release/planner
SWIFT ?= swift

root := $(DESTDIR)$(PREFIX)

.PHONY: all build install uninstall package

all: build

# The runtime linked in, so the installed binary keeps working when the toolchain moves.
build:
	$(SWIFT) build -c release --static-swift-stdlib --product planner

install: $(if $(NO_BUILD),,build)
	install -d "$(root)/bin" "$(root)/share/man/man1" \
	  "$(root)/share/bash-completion/completions" "$(root)/share/zsh/site-functions" \
	  "$(root)/share/fish/vendor_completions.d"
	install -m 0755 "$(BINARY)" "$(root)/bin/planner"
	install -m 0644 docs/planner.1 "$(root)/share/man/man1/planner.1"
	"$(BINARY)" --generate-completion-script bash >"$(root)/share/bash-completion/completions/planner"
	"$(BINARY)" --generate-completion-script zsh >"$(root)/share/zsh/site-functions/_planner"
	"$(BINARY)" --generate-completion-script fish >"$(root)/share/fish/vendor_completions.d/planner.fish"

uninstall:
	rm -f "$(root)/bin/planner" "$(root)/share/man/man1/planner.1" \
	  "$(root)/share/bash-completion/completions/planner" "$(root)/share/zsh/site-functions/_planner" \
	  "$(root)/share/fish/vendor_completions.d/planner.fish"

package:
	bash Scripts/package.sh
