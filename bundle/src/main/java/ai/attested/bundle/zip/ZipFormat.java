package ai.attested.bundle.zip;

/** Record signatures and fixed values of the ZIP format (APPNOTE 6.3.x) used by writer and reader. */
final class ZipFormat {
    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int DATA_DESCRIPTOR = 0x08074b50;
    static final int EOCD = 0x06054b50;
    static final int ZIP64_EOCD = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;

    static final int LOCAL_HEADER_SIZE = 30;
    static final int CENTRAL_HEADER_SIZE = 46;
    static final int EOCD_SIZE = 22;
    static final int ZIP64_EOCD_SIZE = 56;
    static final int ZIP64_LOCATOR_SIZE = 20;

    static final int METHOD_STORED = 0;
    static final int METHOD_DEFLATED = 8;
    static final int FLAG_ENCRYPTED = 0x0001;
    static final int FLAG_DATA_DESCRIPTOR = 0x0008;
    static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    static final int FLAG_UTF8 = 0x0800;

    /** 1980-01-01 00:00 in MS-DOS format: the fixed time of every entry we write. */
    static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
    static final int DOS_TIME_MIDNIGHT = 0;

    /** Made by Unix (3), spec 2.0; entries are regular files with mode 0644. */
    static final int VERSION_MADE_BY = (3 << 8) | 20;
    static final int VERSION_NEEDED_STORED = 10;
    static final int VERSION_NEEDED_ZIP64 = 45;
    static final int UNIX_REGULAR_0644 = 0100644;

    static final long MAX_UINT32 = 0xFFFFFFFFL;
    static final int MAX_UINT16 = 0xFFFF;

    private ZipFormat() {}
}
