"""Product images: resolve references against the input's folder, verify they decode, never stop the batch."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from .model import Finding, ImageRef, Product

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


def resolve(ref: str, base_dir: Path) -> ImageRef:
    ref = ref.strip()
    img = ImageRef(ref=ref)
    parsed = urlparse(ref)
    candidates: list[Path] = []
    if parsed.scheme in ("http", "https"):
        name = Path(unquote(parsed.path)).name
        if name:
            candidates = [base_dir / name, base_dir / "images" / name]
        remote = True
    else:
        p = Path(unquote(parsed.path) if parsed.scheme == "file" else ref).expanduser()
        candidates = [p if p.is_absolute() else base_dir / p]
        remote = False
    for c in candidates:
        if c.is_file():
            ok, problem = verify(str(c.resolve()))
            img.path, img.ok, img.problem = str(c.resolve()), ok, problem
            return img
    if remote:
        img.problem = "remote image is not downloaded (ctk never uses the network while rendering)"
    else:
        img.problem = "image file not found"
    return img


@lru_cache(maxsize=4096)
def verify(path: str) -> tuple[bool, str | None]:
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(path) as im:
            im.verify()
        with Image.open(path) as im:
            im.load()
            if im.width < 16 or im.height < 16:
                return False, f"image is too small ({im.width}x{im.height})"
    except UnidentifiedImageError:
        return False, "not an image file Pillow can read"
    except (OSError, SyntaxError, ValueError) as exc:
        return False, f"image is broken ({exc})"
    except Image.DecompressionBombError:
        return False, "image is too large to open safely"
    return True, None


def image_findings(product: Product) -> list[Finding]:
    out = []
    for img in product.images:
        if not img.ok:
            out.append(Finding(
                code="image.unusable", severity="warning",
                message=f"image '{img.ref}': {img.problem}; a generated placeholder is used",
                where="product",
                fix="put the image file next to the catalog (or fix its path) and render again"))
    if not product.images:
        out.append(Finding(code="image.none", severity="warning",
                           message="the product has no image; a generated placeholder is used",
                           fix="add an image column or Image Src to the catalog"))
    return out


def usable_images(product: Product) -> list[str]:
    return [i.path for i in product.images if i.ok and i.path]
