// @generated from AWS::InspectorV2::CisScanConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InspectorV2::CisScanConfiguration` and its property types.

/// CIS Scan Configuration resource schema
///
/// CloudFormation type `AWS::InspectorV2::CisScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CisScanConfiguration {
    props: ::forma_core::schema::Props,
}
impl CisScanConfiguration {
    /// A new resource with its required properties: `ScanName`, `Schedule`, `SecurityLevel`, `Targets`.
    #[track_caller]
    pub fn new(
        scan_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        security_level: impl ::forma_core::schema::EnumArg<CisSecurityLevel>,
        targets: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, scan_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, schedule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, security_level.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CisScanConfiguration {
    type Attributes = CisScanConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::InspectorV2::CisScanConfiguration"
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
/// The attributes of a `AWS::InspectorV2::CisScanConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CisScanConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CisScanConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CisScanConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `LEVEL_1`, `LEVEL_2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CisSecurityLevel {
    /// `LEVEL_1`
    Level1,
    /// `LEVEL_2`
    Level2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CisSecurityLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Level1 => "LEVEL_1",
            Self::Level2 => "LEVEL_2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEVEL_1", "LEVEL_2"]
    }
}
impl ::std::convert::From<CisSecurityLevel> for ::forma_core::Value<CisSecurityLevel> {
    fn from(v: CisSecurityLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CisSecurityLevel {}

/// The schema of `AWS::InspectorV2::CisScanConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InspectorV2::CisScanConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScanName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SecurityLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEVEL_1", "LEVEL_2"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: Some("^.{1,255}$"), min_length: None, max_length: None },
            )),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};
