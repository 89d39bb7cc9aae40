import sys


def run() -> None:
    """The ``newswire`` script: :func:`newswire.cli.main`, and a Ctrl-C while it is still
    being imported ends as quietly as one that comes later (exit code 130)."""
    try:
        from newswire.cli import main
    except KeyboardInterrupt:
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
