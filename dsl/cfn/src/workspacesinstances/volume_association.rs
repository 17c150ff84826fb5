// @generated from AWS::WorkspacesInstances::VolumeAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkspacesInstances::VolumeAssociation` and its property types.

/// Resource Type definition for AWS::WorkspacesInstances::VolumeAssociation
///
/// CloudFormation type `AWS::WorkspacesInstances::VolumeAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeAssociation {
    props: ::forma_core::schema::Props,
}
impl VolumeAssociation {
    /// A new resource with its required properties: `Device`, `VolumeId`, `WorkspaceInstanceId`.
    #[track_caller]
    pub fn new(
        device: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, device.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, volume_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, workspace_instance_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Mode to use when disassociating the volume
    #[track_caller]
    pub fn disassociate_mode(mut self, value: impl ::forma_core::schema::EnumArg<DisassociateMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VolumeAssociation {
    type Attributes = VolumeAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkspacesInstances::VolumeAssociation"
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
/// The attributes of a `AWS::WorkspacesInstances::VolumeAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VolumeAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VolumeAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `FORCE`, `NO_FORCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateMode {
    /// `FORCE`
    Force,
    /// `NO_FORCE`
    NoForce,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DisassociateMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Force => "FORCE",
            Self::NoForce => "NO_FORCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FORCE", "NO_FORCE"]
    }
}
impl ::std::convert::From<DisassociateMode> for ::forma_core::Value<DisassociateMode> {
    fn from(v: DisassociateMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DisassociateMode {}

/// The schema of `AWS::WorkspacesInstances::VolumeAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkspacesInstances::VolumeAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Device",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisassociateMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FORCE", "NO_FORCE"]),
        },
        ::forma_core::schema::Property {
            name: "VolumeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vol-[0-9a-zA-Z]{1,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceInstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^wsinst-[0-9a-zA-Z]{8,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
