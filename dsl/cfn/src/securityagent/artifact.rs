// @generated from AWS::SecurityAgent::Artifact (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityAgent::Artifact` and its property types.

/// Uploads an artifact to an agent space.
///
/// CloudFormation type `AWS::SecurityAgent::Artifact`.
#[derive(Debug, Clone, PartialEq)]
pub struct Artifact {
    props: ::forma_core::schema::Props,
}
impl Artifact {
    /// A new resource with its required properties: `AgentSpaceId`, `ArtifactType`, `FileName`.
    #[track_caller]
    pub fn new(
        agent_space_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        artifact_type: impl ::forma_core::schema::EnumArg<ArtifactType>,
        file_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_space_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, artifact_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, file_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The binary content of the artifact to upload, encoded as a Base64 string.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn artifact_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Artifact {
    type Attributes = ArtifactAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityAgent::Artifact"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SecurityAgent::Artifact` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ArtifactAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ArtifactAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ArtifactAttributes {
    /// `Fn::GetAtt` `ArtifactId`.
    pub fn artifact_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ArtifactId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `TXT`, `PNG`, `JPEG`, `MD`, `PDF`, `DOCX`, `DOC`, `JSON`, `YAML`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ArtifactType {
    /// `TXT`
    Txt,
    /// `PNG`
    Png,
    /// `JPEG`
    Jpeg,
    /// `MD`
    Md,
    /// `PDF`
    Pdf,
    /// `DOCX`
    Docx,
    /// `DOC`
    Doc,
    /// `JSON`
    Json,
    /// `YAML`
    Yaml,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ArtifactType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Txt => "TXT",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Md => "MD",
            Self::Pdf => "PDF",
            Self::Docx => "DOCX",
            Self::Doc => "DOC",
            Self::Json => "JSON",
            Self::Yaml => "YAML",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TXT", "PNG", "JPEG", "MD", "PDF", "DOCX", "DOC", "JSON", "YAML"]
    }
}
impl ::std::convert::From<ArtifactType> for ::forma_core::Value<ArtifactType> {
    fn from(v: ArtifactType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ArtifactType {}

/// The schema of `AWS::SecurityAgent::Artifact`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityAgent::Artifact",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentSpaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ArtifactContent",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ArtifactType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "TXT", "PNG", "JPEG", "MD", "PDF", "DOCX", "DOC", "JSON", "YAML",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ArtifactId", "Arn", "UpdatedAt"],
};
