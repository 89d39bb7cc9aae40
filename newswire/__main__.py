import sys


def run() -> None:
    """The ``newswire`` script: :func:`newswire.cli.main`. Ctrl-C or SIGTERM while it is
    still being imported end as quietly as later on (exit code 130)."""
    from newswire.pool import stop_on_term

    stop_on_term()
    try:
        from newswire.cli import main
    except KeyboardInterrupt:
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
