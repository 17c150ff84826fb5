// @generated from AWS::EKS::CertificateAuthority (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::CertificateAuthority` and its property types.

/// Resource Type definition for EKS CertificateAuthority.
///
/// CloudFormation type `AWS::EKS::CertificateAuthority`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthority {
    /// A new resource with its required properties: `ClusterName`.
    #[track_caller]
    pub fn new(cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CertificateAuthority {
    type Attributes = CertificateAuthorityAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::CertificateAuthority"
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
/// The attributes of a `AWS::EKS::CertificateAuthority` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAuthorityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAuthorityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAuthorityAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `ActivatedAt`.
    pub fn activated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ActivatedAt")
    }
    /// `Fn::GetAtt` `ActivatedBy`.
    pub fn activated_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ActivatedBy")
    }
    /// `Fn::GetAtt` `SigningStatus`.
    pub fn signing_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SigningStatus")
    }
    /// `Fn::GetAtt` `DistributionStatus`.
    pub fn distribution_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DistributionStatus")
    }
    /// `Fn::GetAtt` `Validity`.
    pub fn validity(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Validity")
    }
    /// `Fn::GetAtt` `Validity.NotBefore`.
    pub fn validity_not_before(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Validity.NotBefore")
    }
    /// `Fn::GetAtt` `Validity.NotAfter`.
    pub fn validity_not_after(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Validity.NotAfter")
    }
    /// `Fn::GetAtt` `ScheduledEvents`.
    pub fn scheduled_events(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ScheduledEvents")
    }
    /// `Fn::GetAtt` `ScheduledEvents.FirstAutoActivation`.
    pub fn scheduled_events_first_auto_activation(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScheduledEvents.FirstAutoActivation")
    }
    /// `Fn::GetAtt` `ScheduledEvents.FinalAutoActivation`.
    pub fn scheduled_events_final_auto_activation(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScheduledEvents.FinalAutoActivation")
    }
    /// `Fn::GetAtt` `RollbackAvailable`.
    pub fn rollback_available(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "RollbackAvailable")
    }
    /// `Fn::GetAtt` `Data`.
    pub fn data(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Data")
    }
}

/// The schema of `AWS::EKS::CertificateAuthority`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::CertificateAuthority",
    properties: &[::forma_core::schema::Property {
        name: "ClusterName",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(100),
        }),
    }],
    rules: &[],
    attributes: &[
        "Id",
        "CreatedAt",
        "CreatedBy",
        "ActivatedAt",
        "ActivatedBy",
        "SigningStatus",
        "DistributionStatus",
        "Validity",
        "Validity.NotBefore",
        "Validity.NotAfter",
        "ScheduledEvents",
        "ScheduledEvents.FirstAutoActivation",
        "ScheduledEvents.FinalAutoActivation",
        "RollbackAvailable",
        "Data",
    ],
};
