// @generated from AWS::SES::VdmAttributes (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::VdmAttributes` and its property types.

/// Resource Type definition for AWS::SES::VdmAttributes
///
/// CloudFormation type `AWS::SES::VdmAttributes`.
#[derive(Debug, Clone, PartialEq)]
pub struct VdmAttributes {
    props: ::forma_core::schema::Props,
}
impl VdmAttributes {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Preferences regarding the Dashboard feature.
    #[track_caller]
    pub fn dashboard_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashboardAttributes>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Preferences regarding the Guardian feature.
    #[track_caller]
    pub fn guardian_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GuardianAttributes>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for VdmAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for VdmAttributes {
    type Attributes = VdmAttributesAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::VdmAttributes"
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
/// The attributes of a `AWS::SES::VdmAttributes` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VdmAttributesAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VdmAttributesAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VdmAttributesAttributes {
    /// `Fn::GetAtt` `VdmAttributesResourceId`.
    pub fn vdm_attributes_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VdmAttributesResourceId")
    }
}

/// Preferences regarding the Dashboard feature.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardAttributes {
    props: ::forma_core::schema::Props,
}
impl DashboardAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether emails sent from this account have engagement tracking enabled.
    pub fn engagement_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashboardAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashboardAttributes> for ::forma_core::Value<DashboardAttributes> {
    fn from(v: DashboardAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASHBOARD_ATTRIBUTES_TYPE.properties))
    }
}

/// Preferences regarding the Guardian feature.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardianAttributes {
    props: ::forma_core::schema::Props,
}
impl GuardianAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether emails sent from this account have optimized delivery algorithm enabled.
    pub fn optimized_shared_delivery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GuardianAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GuardianAttributes> for ::forma_core::Value<GuardianAttributes> {
    fn from(v: GuardianAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDIAN_ATTRIBUTES_TYPE.properties))
    }
}

/// The schema of `AWS::SES::VdmAttributes`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::VdmAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "DashboardAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASHBOARD_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GuardianAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GUARDIAN_ATTRIBUTES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["VdmAttributesResourceId"],
};

static DASHBOARD_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::VdmAttributes.DashboardAttributes",
    properties: &[::forma_core::schema::Property {
        name: "EngagementMetrics",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("ENABLED|DISABLED"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static GUARDIAN_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::VdmAttributes.GuardianAttributes",
    properties: &[::forma_core::schema::Property {
        name: "OptimizedSharedDelivery",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("ENABLED|DISABLED"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
