import gc
import sys


def run() -> None:
    """The ``newswire`` script: :func:`newswire.cli.main`. SIGTERM interrupts like Ctrl-C
    (workers stopped, temporary outputs removed), and either, while the command is still
    being imported, ends as quietly as later on (exit code 130)."""
    from newswire.pool import stop_on_term

    stop_on_term()
    # Importing makes a great many objects and no garbage: the cyclic collector would walk
    # them again and again for nothing. After the imports they are frozen (they live as long
    # as the process), so that no later collection walks them either; forked workers then
    # also leave their pages shared.
    gc.disable()
    try:
        from newswire.cli import main
    except KeyboardInterrupt:
        sys.exit(130)
    gc.freeze()
    gc.enable()
    main()


if __name__ == "__main__":
    run()
