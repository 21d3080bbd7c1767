package dev.tandem.io.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A real file channel that fails on command, as a full disk or a failing device would: a write that puts part of
 * its bytes down and then throws, a sync or a truncation that throws. Counts the syncs.
 */
final class FaultyChannel extends FileChannel {

    private final FileChannel file;
    boolean failNextWriteHalfway;
    boolean failSyncs;
    boolean failTruncations;
    int syncs;

    FaultyChannel(Path path) throws IOException {
        this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        if (failNextWriteHalfway) {
            failNextWriteHalfway = false;
            ByteBuffer half = source.duplicate();
            half.limit(source.position() + source.remaining() / 2);
            file.write(half, position);
            throw new IOException("No space left on device");
        }
        return file.write(source, position);
    }

    @Override
    public void force(boolean metaData) throws IOException {
        if (failSyncs) {
            throw new IOException("Input/output error");
        }
        syncs++;
        file.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (failTruncations) {
            throw new IOException("Input/output error");
        }
        file.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        return file.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
        return file.read(targets, offset, length);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
        return file.read(target, position);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        return write(source, file.position());
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        throw new UnsupportedOperationException("not used by the log");
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        return file.transferFrom(source, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}
